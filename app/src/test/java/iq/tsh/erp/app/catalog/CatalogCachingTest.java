package iq.tsh.erp.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Tokens;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Catalogue answers carry an ETag of their body, answer 304 when it still matches, and say who may cache them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogCachingTest extends ApplicationTest {

    private static final String LAMP = "460100050000000001";
    private static final String SHADE = "460100050000000002";
    private static final String CATEGORY = "460100050000009001";

    @BeforeAll
    void stockTheShelf() {
        new Shelf(http()).stock(item(LAMP, "Cachelamp Floor", "1000"), item(SHADE, "Cachelamp Shade", "2000"));
    }

    private static ShopItem item(String id, String name, String rate) {
        return ShopItem.of(id).name(name, "مصباح " + name).category(CATEGORY, "إنارة").description("").rate(rate).stock(2);
    }

    private HttpResponse<String> get(String path, String... headers) {
        return Responses.get(port, path, headers);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/mobile/search?q=cachelamp", "/api/mobile/categories/" + CATEGORY + "/products",
            "/api/mobile/products/" + LAMP + "/related", "/api/mobile/categories", "/api/mobile/home",
            "/api/mobile/products/" + LAMP})
    void guestAnswersArePublicForAMinuteAndRevalidateWithTheirEtag(String path) {
        HttpResponse<String> first = get(path);

        assertThat(first.statusCode()).isEqualTo(200);
        String etag = Responses.header(first, "ETag");
        assertThat(etag).matches("\"[A-Za-z0-9_-]+\"");
        assertThat(Responses.header(first, "Cache-Control")).contains("public").contains("max-age=60");
        assertThat(Responses.header(first, "Vary")).contains("Accept-Language").contains("Authorization");

        HttpResponse<String> again = get(path, "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(Responses.header(again, "ETag")).isEqualTo(etag);

        assertThat(get(path, "If-None-Match", "\"something-else\"").statusCode()).isEqualTo(200);
        assertThat(get(path, "If-None-Match", "W/" + etag).statusCode()).isEqualTo(304);
    }

    @Test
    void theEtagFollowsTheLanguage() {
        String english = Responses.header(get("/api/mobile/search?q=cachelamp"), "ETag");
        String arabic = Responses.header(get("/api/mobile/search?q=cachelamp", "Accept-Language", "ar"), "ETag");

        assertThat(arabic).isNotEqualTo(english);
    }

    @Test
    void theEtagChangesWhenTheListingDoes() {
        String path = "/api/mobile/categories/" + CATEGORY + "/products";
        String before = Responses.header(get(path), "ETag");

        http().postJson("/api/zoho/webhooks/products", ShopItem.of(SHADE).name("Cachelamp Shade", "مصباح")
                .category(CATEGORY, "إنارة").description("").rate("2500").stock(2)
                .modified("2025-04-01T10:00:00+0300").json());

        await().atMost(Duration.ofSeconds(20)).until(() -> get(path).body().contains("2500"));
        HttpResponse<String> after = get(path, "If-None-Match", before);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(Responses.header(after, "ETag")).isNotEqualTo(before);
    }

    @Test
    void aCustomersAnswersArePrivateAndRevalidatedEveryTime() {
        String customer = "Bearer " + Tokens.customer("460100050000100001");
        for (String path : List.of("/api/mobile/search?q=cachelamp", "/api/mobile/products/" + LAMP,
                "/api/mobile/products/" + LAMP + "/related")) {
            HttpResponse<String> first = get(path, "Authorization", customer);

            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(Responses.header(first, "Cache-Control")).contains("private").contains("no-cache")
                    .doesNotContain("public");
            String etag = Responses.header(first, "ETag");
            assertThat(get(path, "Authorization", customer, "If-None-Match", etag).statusCode()).isEqualTo(304);
        }
    }

    @Test
    void aCustomersHomeCarriesTheirCartBadgeAndIsNeverStored() {
        HttpResponse<String> home = get("/api/mobile/home", "Authorization", "Bearer " + Tokens.customer("460100050000100002"));

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("\"cart\"");
        assertThat(Responses.header(home, "Cache-Control")).contains("no-store").contains("private");
        assertThat(Responses.header(home, "ETag")).isNull();
    }

    @Test
    void staffTokensShopAsGuests() {
        HttpResponse<String> ops = get("/api/mobile/search?q=cachelamp", "Authorization", "Bearer " + Tokens.ops());

        assertThat(ops.statusCode()).isEqualTo(200);
        assertThat(Responses.header(ops, "Cache-Control")).contains("public");
    }
}
