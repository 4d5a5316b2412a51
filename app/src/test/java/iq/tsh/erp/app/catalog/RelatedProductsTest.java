package iq.tsh.erp.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Http.Answer;
import iq.tsh.erp.app.Samples;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Related products: bought together on invoices first, then the same category; the product itself never. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelatedProductsTest extends ApplicationTest {

    private static final String TEA = "460100030000000001";
    private static final String SUGAR_SAME_CATEGORY = "460100030000000002";
    private static final String CUPS_SAME_CATEGORY = "460100030000000003";
    private static final String KETTLE_BOUGHT_THRICE = "460100030000000004";
    private static final String SPOON_BOUGHT_ONCE = "460100030000000005";
    private static final String HONEY_BOUGHT_ONCE_SAME_CATEGORY = "460100030000000006";
    private static final String UNRELATED = "460100030000000007";
    private static final String INACTIVE_SAME_CATEGORY = "460100030000000008";
    private static final String DRINKS = "460100030000009001";
    private static final String KITCHEN = "460100030000009002";
    private static final String RELATED = "/api/mobile/products/" + TEA + "/related";

    private Shelf shelf;

    @BeforeAll
    void stockTheShelfAndSell() {
        shelf = new Shelf(http());
        shelf.stock(
                item(TEA, "Black Tea", "شاي أسود", DRINKS),
                item(SUGAR_SAME_CATEGORY, "Sugar Cubes", "مكعبات سكر", DRINKS),
                item(CUPS_SAME_CATEGORY, "Tea Cups", "أكواب شاي", DRINKS),
                item(KETTLE_BOUGHT_THRICE, "Kettle", "غلاية", KITCHEN),
                item(SPOON_BOUGHT_ONCE, "Spoon", "ملعقة", KITCHEN),
                item(HONEY_BOUGHT_ONCE_SAME_CATEGORY, "Honey", "عسل", DRINKS),
                item(UNRELATED, "Frying Pan", "مقلاة", KITCHEN),
                item(INACTIVE_SAME_CATEGORY, "Old Tea", "شاي قديم", DRINKS).inactive());
        line("460100030000100001", TEA, KETTLE_BOUGHT_THRICE, SPOON_BOUGHT_ONCE);
        line("460100030000100002", TEA, KETTLE_BOUGHT_THRICE, HONEY_BOUGHT_ONCE_SAME_CATEGORY);
        line("460100030000100003", TEA, KETTLE_BOUGHT_THRICE, INACTIVE_SAME_CATEGORY);
        line("460100030000100004", KETTLE_BOUGHT_THRICE, UNRELATED);
        jdbc.update("INSERT INTO product_sales (item_id, quantity_sold) VALUES (?, 40) ON CONFLICT DO NOTHING",
                CUPS_SAME_CATEGORY);
    }

    private void line(String invoiceId, String... itemIds) {
        for (String itemId : itemIds) {
            jdbc.update("INSERT INTO invoice_item_lines (invoice_id, item_id, quantity) VALUES (?, ?, 1) ON CONFLICT DO NOTHING",
                    invoiceId, itemId);
        }
    }

    private static ShopItem item(String id, String name, String arabic, String category) {
        return ShopItem.of(id).name(name, arabic).category(category, "فئة " + category).description("").rate("2500").stock(4);
    }

    @Test
    void ranksBoughtTogetherThenSameCategoryThenBestSellers() {
        assertThat(Shelf.ids(shelf.get(RELATED))).containsExactly(KETTLE_BOUGHT_THRICE, HONEY_BOUGHT_ONCE_SAME_CATEGORY,
                SPOON_BOUGHT_ONCE, CUPS_SAME_CATEGORY, SUGAR_SAME_CATEGORY);
    }

    @Test
    void learnsWhatIsBoughtTogetherFromInvoiceWebhooks() {
        String anchor = "460100030000000021";
        String sellsTen = "460100030000000022";
        String sellsTwelve = "460100030000000023";
        new Shelf(http()).stock(item(anchor, "Camp Stove", "موقد", "460100030000009021"),
                item(sellsTen, "Gas Can", "اسطوانة غاز", "460100030000009022"),
                item(sellsTwelve, "Lighter", "ولاعة", "460100030000009022"));

        // The sample invoice sells 24, 10 and 12 units of its three items.
        http().postJson("/api/zoho/webhooks/invoices", Samples.text("invoice-created-1.json")
                .replace("5128640000000003001", "460100030000100021").replace("5128640000000001001", anchor)
                .replace("5128640000000001002", sellsTen).replace("5128640000000001003", sellsTwelve));

        await().atMost(Duration.ofSeconds(20)).until(() -> Shelf.ids(shelf.get("/api/mobile/products/" + anchor
                + "/related")).equals(List.of(sellsTwelve, sellsTen)));
    }

    @Test
    void takesTheLimit() {
        assertThat(Shelf.ids(shelf.get(RELATED + "?limit=2"))).containsExactly(KETTLE_BOUGHT_THRICE,
                HONEY_BOUGHT_ONCE_SAME_CATEGORY);
    }

    @Test
    void answersCardsInArabic() {
        var items = shelf.get(RELATED + "?limit=1", "Accept-Language", "ar").get("items");

        assertThat(items.get(0).get("name").asText()).isEqualTo("غلاية");
        assertThat(items.get(0).get("price").decimalValue()).isEqualByComparingTo("2500");
        assertThat(items.get(0).get("rating").get("count").asLong()).isZero();
    }

    @Test
    void refusesAnUnknownProduct() {
        Answer answer = http().get("/api/mobile/products/460100030000000099/related");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void refusesALimitOverTheCap() {
        Answer answer = http().get(RELATED + "?limit=51");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("parameter").asText()).isEqualTo("limit");
    }
}
