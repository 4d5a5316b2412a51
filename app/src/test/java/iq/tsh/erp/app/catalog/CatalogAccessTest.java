package iq.tsh.erp.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Http.Answer;
import iq.tsh.erp.app.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who may read the listings: everyone (catalogue reads are public); any valid token works, a customer's one prices
 * for that customer; a bad token is refused rather than silently treated as a guest.
 */
class CatalogAccessTest extends ApplicationTest {

    private static final String UNKNOWN_PRODUCT = "460100060000000001";

    @ParameterizedTest
    @ValueSource(strings = {"/api/mobile/search?q=x", "/api/mobile/categories", "/api/mobile/home",
            "/api/mobile/categories/460100060000009001/products?limit=0"})
    void everyRoleAndNoTokenMayRead(String path) {
        int expected = path.endsWith("limit=0") ? 400 : 200;
        assertThat(http().get(path).status()).isEqualTo(expected);
        assertThat(http().as(Tokens.customer("460100060000100001")).get(path).status()).isEqualTo(expected);
        assertThat(http().as(Tokens.ops()).get(path).status()).isEqualTo(expected);
        assertThat(http().as(Tokens.auditor()).get(path).status()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/mobile/search?q=x", "/api/mobile/home", "/api/mobile/categories",
            "/api/mobile/products/" + UNKNOWN_PRODUCT + "/related"})
    void aForgedOrExpiredTokenIsRefused(String path) {
        for (String token : new String[] {Tokens.forged("CUSTOMER"), Tokens.expired("CUSTOMER")}) {
            Answer answer = http().as(token).get(path);

            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/mobile/products/" + UNKNOWN_PRODUCT + "/related",
            "/api/mobile/categories/460100060000009999/products"})
    void unknownThingsAreNotFoundForEveryone(String path) {
        for (Answer answer : new Answer[] {http().get(path), http().as(Tokens.customer("460100060000100001")).get(path)}) {
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
    }
}
