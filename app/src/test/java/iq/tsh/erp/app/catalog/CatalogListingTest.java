package iq.tsh.erp.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Http.Answer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Category pages and search filters, sorts, keyset paging and refused parameters, over HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogListingTest extends ApplicationTest {

    private static final String CATEGORY = "460100020000009001";
    private static final String PAGE = "/api/mobile/categories/" + CATEGORY + "/products";
    private static final String P1 = id(1);
    private static final String P2 = id(2);
    private static final String P3 = id(3);
    private static final String P4 = id(4);
    private static final String INACTIVE = id(5);
    private static final List<String> SAME_PRICE = IntStream.rangeClosed(6, 12).mapToObj(CatalogListingTest::id).toList();

    private Shelf shelf;

    private static String id(int n) {
        return "4601000200000000" + String.format("%02d", n);
    }

    @BeforeAll
    void stockTheShelf() {
        shelf = new Shelf(http());
        List<ShopItem> items = new ArrayList<>(List.of(
                item(P1, "Frying Pan", "1000", 5).brand("Tefal"),
                item(P2, "Sauce Pan", "5000", 0).brand("tefal"),
                item(P3, "Hand Mixer", "3000", 2).brand("Moulinex"),
                item(P4, "Blender", "2000", 7).brand("Moulinex"),
                item(INACTIVE, "Old Kettle", "4000", 1).brand("Bosch").inactive()));
        SAME_PRICE.forEach(id -> items.add(item(id, "Spatula " + id, "1500", 3).brand("Ikea")));
        // The guest book prices the blender above its item rate: listings sort and filter on the book's price.
        jdbc.update("INSERT INTO product_prices (book, item_id, price, currency, pricebook_id) VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING", "consumer_iqd", P4, new java.math.BigDecimal("9000"), "IQD", "460100020000008001");
        jdbc.update("INSERT INTO product_sales (item_id, quantity_sold) VALUES (?, 50), (?, 10) ON CONFLICT DO NOTHING", P3, P1);
        shelf.stock(items.toArray(ShopItem[]::new));
    }

    private static ShopItem item(String id, String name, String rate, int stock) {
        return ShopItem.of(id).name(name + " Kitchenware", null).sku("KW-" + id).description("kitchen tool")
                .category(CATEGORY, "أدوات المطبخ").rate(rate).stock(stock);
    }

    private List<String> ids(String query) {
        return Shelf.ids(shelf.get(PAGE + "?limit=100" + query));
    }

    private static List<String> concat(List<String> first, List<String> middle, List<String> last) {
        List<String> all = new ArrayList<>(first);
        all.addAll(middle);
        all.addAll(last);
        return all;
    }

    @Test
    void listsNewestFirstByDefaultLeavingOutInactiveProducts() {
        List<String> newest = new ArrayList<>(SAME_PRICE);
        java.util.Collections.reverse(newest);
        newest.addAll(List.of(P4, P3, P2, P1));

        assertThat(ids("")).containsExactlyElementsOf(newest);
        assertThat(ids("&sort=newest")).containsExactlyElementsOf(newest);
    }

    @Test
    void sortsByTheBookPrice() {
        List<String> ascending = concat(List.of(P1), SAME_PRICE, List.of(P3, P2, P4));
        List<String> descending = concat(List.of(P4, P2, P3), SAME_PRICE, List.of(P1));

        assertThat(ids("&sort=price_asc")).containsExactlyElementsOf(ascending);
        assertThat(ids("&sort=price")).containsExactlyElementsOf(ascending);
        assertThat(ids("&sort=price_desc")).containsExactlyElementsOf(descending);
        assertThat(ids("&sort=-price")).containsExactlyElementsOf(descending);
        JsonNode blender = shelf.get(PAGE + "?sort=-price&limit=1").get("items").get(0);
        assertThat(blender.get("price").decimalValue()).isEqualByComparingTo("9000");
    }

    @Test
    void sortsByRelevanceWithoutSearchTextAsNewest() {
        assertThat(ids("&sort=relevance")).containsExactlyElementsOf(ids("&sort=newest"));
        assertThat(walk(PAGE + "?limit=4&sort=relevance")).containsExactlyElementsOf(ids("&sort=newest"));
    }

    @Test
    void sortsBestSellersFirst() {
        assertThat(ids("&sort=best_selling")).startsWith(P3, P1).hasSize(11);
    }

    @Test
    void filtersByBrandIgnoringCase() {
        assertThat(ids("&brand=TEFAL")).containsExactlyInAnyOrder(P1, P2);
    }

    @Test
    void filtersByStock() {
        assertThat(ids("&brand=tefal&inStock=true")).containsExactly(P1);
        assertThat(ids("&brand=tefal&inStock=false")).containsExactlyInAnyOrder(P1, P2);
        assertThat(shelf.get(PAGE + "?brand=tefal").get("items").get(0).get("inStock").asBoolean()).isFalse();
    }

    @Test
    void filtersByBookPrice() {
        assertThat(ids("&minPrice=2000&maxPrice=5000")).containsExactlyInAnyOrder(P3, P2);
        assertThat(ids("&minPrice=1500&maxPrice=1500")).containsExactlyInAnyOrderElementsOf(SAME_PRICE);
        assertThat(ids("&minPrice=8000")).containsExactly(P4);
    }

    @Test
    void searchFiltersByCategory() {
        assertThat(Shelf.ids(shelf.get("/api/mobile/search?q=kitchenware&category=" + CATEGORY + "&limit=100")))
                .hasSize(11).doesNotContain(INACTIVE);
        assertThat(Shelf.ids(shelf.get("/api/mobile/search?q=kitchenware&category=460100020000009999"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"newest", "price_asc", "price_desc", "best_selling"})
    void pagesThroughEveryProductOnceInOrder(String sort) {
        List<String> all = ids("&sort=" + sort);
        assertThat(walk(PAGE + "?limit=3&sort=" + sort)).containsExactlyElementsOf(all);
    }

    @Test
    void pagesThroughSearchResultsByRelevance() {
        List<String> all = Shelf.ids(shelf.get("/api/mobile/search?q=kitchenware&limit=100"));

        assertThat(all).hasSize(11);
        assertThat(walk("/api/mobile/search?q=kitchenware&limit=2")).containsExactlyElementsOf(all);
        assertThat(Shelf.ids(shelf.get("/api/mobile/search?q=kitchenware%20pan"))).containsExactlyInAnyOrder(P1, P2);
    }

    private List<String> walk(String first) {
        List<String> seen = new ArrayList<>();
        String path = first;
        for (int pages = 0; pages < 20; pages++) {
            JsonNode page = shelf.get(path);
            seen.addAll(Shelf.ids(page));
            if (!page.has("nextCursor")) {
                assertThat(new HashSet<>(seen)).hasSameSizeAs(seen);
                return seen;
            }
            assertThat(page.get("items")).isNotEmpty();
            path = first + "&cursor=" + page.get("nextCursor").asText();
        }
        throw new AssertionError("no last page after 20 pages: " + seen);
    }

    @Test
    void answersAnEmptyPageForAKnownCategoryWithNothingMatching() {
        JsonNode page = shelf.get(PAGE + "?minPrice=999999");

        assertThat(page.get("items")).isEmpty();
        assertThat(page.has("nextCursor")).isFalse();
    }

    @Test
    void refusesAnUnknownCategory() {
        Answer answer = http().get("/api/mobile/categories/460100020000009998/products");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void listsCategoriesWithTheirProductCounts() {
        JsonNode categories = shelf.get("/api/mobile/categories").get("items");
        JsonNode mine = null;
        for (JsonNode category : categories) {
            if (CATEGORY.equals(category.get("id").asText())) {
                mine = category;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("name").asText()).isEqualTo("أدوات المطبخ");
        assertThat(mine.get("productCount").asLong()).isEqualTo(11);
    }

    // Cursors: not base64, not ours, a price key beyond any number, a time key beyond any date, another version.
    @ParameterizedTest
    @ValueSource(strings = {"limit=101|limit", "limit=0|limit", "limit=ten|limit", "cursor=%21%21|cursor",
            "cursor=bm90LWEtY3Vyc29y|cursor",
            "sort=price_asc&cursor=bDF8UFJJQ0VfQVNDfDFFKzk5OTk5OTk5OXwx|cursor",
            "sort=newest&cursor=bDF8TkVXRVNUfCsxMDAwMDAwMDAwLTAxLTAxVDAwOjAwOjAwWnwx|cursor",
            "sort=newest&cursor=bDJ8TkVXRVNUfDIwMjUtMDEtMDFUMDA6MDA6MDBafDE|cursor",
            "sort=cheapest|sort", "minPrice=10&maxPrice=5|minPrice", "minPrice=-1|minPrice",
            "maxPrice=abc|maxPrice", "maxPrice=1e999999|maxPrice", "inStock=maybe|inStock"})
    void refusesBadParametersNamingThem(String badAndParameter) {
        String[] parts = badAndParameter.split("\\|");
        for (String path : List.of(PAGE + "?" + parts[0], "/api/mobile/search?q=pan&" + parts[0])) {
            Answer answer = http().get(path);

            assertThat(answer.status()).as(path).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().get("parameter").asText()).isEqualTo(parts[1]);
        }
    }

    @Test
    void refusesASearchTextOverTwoHundredCharacters() {
        Answer answer = http().get("/api/mobile/search?q=" + "x".repeat(201));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("parameter").asText()).isEqualTo("q");
    }

    @Test
    void refusesAnotherListingOrdersCursor() {
        String cursor = shelf.get(PAGE + "?limit=2&sort=price_asc").get("nextCursor").asText();

        Answer answer = http().get(PAGE + "?limit=2&sort=newest&cursor=" + cursor);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("parameter").asText()).isEqualTo("cursor");
        assertThat(http().get(PAGE + "?limit=2&sort=price_asc&cursor=" + cursor).status()).isEqualTo(200);
    }
}
