package iq.tsh.erp.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The home page's lists: featured (best rated in stock), best sellers, new arrivals, categories. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HomePageTest extends ApplicationTest {

    private static final String LOVED = "460100040000000001";
    private static final String ONE_GOOD_REVIEW = "460100040000000002";
    private static final String LOVED_BUT_SOLD_OUT = "460100040000000003";
    private static final String NEWEST = "460100040000000004";
    private static final String CATEGORY = "460100040000009001";

    private Shelf shelf;

    @BeforeAll
    void stockTheShelf() {
        shelf = new Shelf(http());
        // Forty reviews at 4.9 outrank a single 5-star review; a sold-out product is not featured at all.
        jdbc.update("INSERT INTO product_ratings (item_id, rating_average, rating_count) VALUES (?, 4.9, 40), (?, 5, 1),"
                + " (?, 5, 500) ON CONFLICT DO NOTHING", LOVED, ONE_GOOD_REVIEW, LOVED_BUT_SOLD_OUT);
        jdbc.update("INSERT INTO product_sales (item_id, quantity_sold) VALUES (?, 900000000), (?, 800000000)"
                + " ON CONFLICT DO NOTHING", ONE_GOOD_REVIEW, NEWEST);
        shelf.stock(
                item(LOVED, "Loved Lamp", "مصباح محبوب").stock(3),
                item(ONE_GOOD_REVIEW, "Desk Fan", "مروحة مكتب").stock(3),
                item(LOVED_BUT_SOLD_OUT, "Rare Vase", "مزهرية نادرة").stock(0),
                item(NEWEST, "New Clock", "ساعة جديدة").stock(1));
    }

    private static ShopItem item(String id, String name, String arabic) {
        return ShopItem.of(id).name(name, arabic).category(CATEGORY, "ديكور").description("").rate("7000");
    }

    @Test
    void featuresTheBestRatedInStock() {
        JsonNode featured = shelf.get("/api/mobile/home").get("featured");

        assertThat(Shelf.ids(wrap(featured))).startsWith(LOVED, ONE_GOOD_REVIEW).doesNotContain(LOVED_BUT_SOLD_OUT);
        assertThat(featured.get(0).get("rating").get("average").decimalValue()).isEqualByComparingTo("4.9");
        assertThat(featured.get(0).get("rating").get("count").asLong()).isEqualTo(40);
    }

    @Test
    void listsBestSellersAndNewArrivals() {
        JsonNode home = shelf.get("/api/mobile/home");

        assertThat(Shelf.ids(wrap(home.get("bestSellers")))).startsWith(ONE_GOOD_REVIEW, NEWEST);
        assertThat(Shelf.ids(wrap(home.get("newArrivals")))).startsWith(NEWEST, LOVED_BUT_SOLD_OUT, ONE_GOOD_REVIEW, LOVED);
        assertThat(home.get("newArrivals").get(1).get("inStock").asBoolean()).isFalse();
    }

    @Test
    void showsTheCategoriesWithMostProductsAndNoPromotionsOrCartYet() {
        JsonNode home = shelf.get("/api/mobile/home");

        JsonNode categories = home.get("categories");
        assertThat(categories).isNotEmpty();
        for (int i = 1; i < categories.size(); i++) {
            assertThat(categories.get(i).get("productCount").asLong())
                    .isLessThanOrEqualTo(categories.get(i - 1).get("productCount").asLong());
        }
        assertThat(home.get("promotions").isArray()).isTrue();
        assertThat(home.has("cart")).isFalse();
        assertThat(shelf.get("/api/mobile/home", "Authorization", "Bearer " + Tokens.customer("460100040000100001"))
                .get("featured")).isNotEmpty();
    }

    @Test
    void namesCardsInArabic() {
        JsonNode featured = shelf.get("/api/mobile/home", "Accept-Language", "ar").get("featured");

        assertThat(featured.get(0).get("name").asText()).isEqualTo("مصباح محبوب");
    }

    private static JsonNode wrap(JsonNode list) {
        return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().set("items", list);
    }
}
