package iq.tsh.erp.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import iq.tsh.erp.app.ApplicationTest;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Search over HTTP: English and Arabic names, typos, Arabic spelling variants, SKU, brand and relevance order. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogSearchTest extends ApplicationTest {

    private static final String CHARGER = "460100010000000001";
    private static final String BUDS = "460100010000000002";
    private static final String CABLE = "460100010000000003";
    private static final String STOCK_CUBES = "460100010000000004";
    private static final String OLIVES = "460100010000000005";
    private static final String RICE = "460100010000000006";
    private static final String CHARGERS_PACK = "460100010000000007";
    private static final String MISSPELT_STAND = "460100010000000008";
    private static final String CATEGORY = "460100010000009001";

    private Shelf shelf;

    @BeforeAll
    void stockTheShelf() {
        shelf = new Shelf(http());
        shelf.stock(
                item(CHARGER).name("Samsung Galaxy Charger 25W", "شاحن سامسونج جالكسي").sku("SAM-CHG-25")
                        .brand("Samsung").description("Fast charging for phones"),
                item(BUDS).name("Samsung Galaxy Buds", "سماعات سامسونج").sku("SAM-BUDS").brand("Samsung"),
                item(CABLE).name("Phone Charger Cable", "كيبل شاحن").sku("ANK-CBL").brand("Anker"),
                item(STOCK_CUBES).name("Chicken Stock Cubes", "مرقة دجاج").sku("MAG-CHK").brand("Maggi"),
                item(OLIVES).name("Green Olives Jar", "زيتون أصلي أخضر").sku("OLV-GRN").brand("Zeitoun"),
                item(RICE).name("Basmati Rice Bag", "رز بسمتي ١٠ كغم").sku("RICE-١٠").brand("Mahmood"),
                item(CHARGERS_PACK).name("Chargers Pack", "عدة شواحن").sku("PACK-3").brand("Generic"),
                item(MISSPELT_STAND).name("Chrger Stand", "حامل").sku("STD-1").brand("Generic"));
    }

    private static ShopItem item(String id) {
        return ShopItem.of(id).category(CATEGORY, "الكترونيات").description("").rate("10000").stock(5);
    }

    @Test
    void findsByEnglishName() {
        assertThat(shelf.search("galaxy", "")).containsExactlyInAnyOrder(CHARGER, BUDS);
    }

    @Test
    void findsByArabicName() {
        assertThat(shelf.search("سامسونج", "")).containsExactlyInAnyOrder(CHARGER, BUDS);
    }

    @Test
    void remembersTheWordsProductsAreNamedBy() {
        assertThat(jdbc.queryForList("SELECT word FROM search_words WHERE word IN ('samsung', 'سامسونج', '25')",
                String.class)).containsExactlyInAnyOrder("samsung", "سامسونج");
    }

    @Test
    void toleratesTypos() {
        assertThat(shelf.search("samsng", "")).contains(CHARGER, BUDS);
        assertThat(shelf.search("chargr", "")).contains(CHARGER, CABLE);
        assertThat(shelf.search("سامسنج", "")).contains(CHARGER, BUDS);
        assertThat(shelf.search("samsng chargr", "")).containsExactly(CHARGER);
    }

    @Test
    void ranksExactWordsAbovePrefixesAboveTypos() {
        List<String> found = shelf.search("charger", "");

        assertThat(found).containsSubsequence(CHARGER, CHARGERS_PACK, MISSPELT_STAND);
        assertThat(found).containsSubsequence(CABLE, CHARGERS_PACK);
        assertThat(found.indexOf(CHARGERS_PACK)).isEqualTo(2);
    }

    @Test
    void findsWordPrefixes() {
        // Every word a prefix of a word of its name; other Samsung products follow only as near spellings.
        assertThat(shelf.search("sams buds", "")).startsWith(BUDS);
    }

    @Test
    void foldsHamzaOnAlefEitherWay() {
        assertThat(shelf.search("اصلي", "")).containsExactly(OLIVES);
        assertThat(shelf.search("إصلي", "")).containsExactly(OLIVES);
        assertThat(shelf.search("أخضر", "")).containsExactly(OLIVES);
    }

    @Test
    void foldsTaMarbutaAndIgnoresTashkeel() {
        assertThat(shelf.search("مرقه", "")).containsExactly(STOCK_CUBES);
        assertThat(shelf.search("دَجَاج", "")).containsExactly(STOCK_CUBES);
    }

    @Test
    void readsArabicIndicDigitsAsLatin() {
        assertThat(shelf.search("10 كغم", "")).containsExactly(RICE);
        assertThat(shelf.search("rice-10", "")).startsWith(RICE);
        assertThat(shelf.search("١٠ كغم", "")).containsExactly(RICE);
    }

    @Test
    void findsBySkuAndBrand() {
        assertThat(shelf.search("SAM-CHG-25", "").get(0)).isEqualTo(CHARGER);
        assertThat(shelf.search("anker", "")).containsExactly(CABLE);
        assertThat(shelf.search("mag-chk", "")).containsExactly(STOCK_CUBES);
    }

    @Test
    void findsByDescription() {
        assertThat(shelf.search("charging phones", "")).startsWith(CHARGER);
    }

    @Test
    void answersCardsInTheShoppersLanguage() {
        JsonNode arabic = shelf.get("/api/mobile/search?q=" + Shelf.encode("دجاج"), "Accept-Language", "ar");
        JsonNode english = shelf.get("/api/mobile/search?q=" + Shelf.encode("دجاج"));

        assertThat(arabic.get("items").get(0).get("name").asText()).isEqualTo("مرقة دجاج");
        JsonNode card = english.get("items").get(0);
        assertThat(card.get("name").asText()).isEqualTo("Chicken Stock Cubes");
        assertThat(card.get("id").asText()).isEqualTo(STOCK_CUBES);
        assertThat(card.get("price").decimalValue()).isEqualByComparingTo("10000");
        assertThat(card.get("currency").asText()).isEqualTo("IQD");
        assertThat(card.get("image").asText()).endsWith(STOCK_CUBES + "/olive-oil-1l.jpg");
        assertThat(card.get("inStock").asBoolean()).isTrue();
        assertThat(card.get("rating").get("average").decimalValue()).isEqualByComparingTo("0");
        assertThat(card.get("rating").get("count").asLong()).isZero();
        assertThat(card.has("description")).isFalse();
        assertThat(english.has("nextCursor")).isFalse();
    }

    @Test
    void findsNothingForNonsense() {
        assertThat(shelf.search("qqxzzjw", "")).isEmpty();
    }
}
