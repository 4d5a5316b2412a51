package iq.tsh.erp.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Http.Answer;
import iq.tsh.erp.app.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Query values holding NUL or what is not UTF-8 text are a 400 problem naming the parameter, on every endpoint
 * (until now a NUL in the search's brand reached PostgreSQL and came back a 500). Path values the server cannot
 * route are refused before routing, still as problem details.
 */
class StorableParametersTest extends ApplicationTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "-, /api/mobile/search?brand=%00, brand",
            "-, /api/mobile/search?category=oil%00, category",
            "-, /api/mobile/search?q=a&brand=%ED%A0%80, brand",
            "-, /api/mobile/search?brand=%C0%80, brand",
            "-, /api/mobile/search?brand=%FF, brand",
            "-, /api/mobile/categories/1/products?brand=%00, brand",
            "-, /api/mobile/products/1/reviews?cursor=%00, cursor",
            "OPS, /api/zoho/dashboard/logs?group=%00, group",
            "OPS, /api/zoho/dashboard/inbox?kind=%00&outcome=accepted, kind",
            "OPS, /api/zoho/dashboard/dead-letter?error=%00, error",
            "OPS, /api/admin/reviews?productId=%00, productId",
            "AUDITOR, /api/audit/events?type=%00, type",
            "AUDITOR, /api/audit/aggregates/item:1/state?asOf=%00, asOf",
            "CUSTOMER, /api/mobile/checkout?promotionCode=%00, promotionCode",
            "-, /api/mobile/search?x%00y=1, x"})
    void refusesAQueryValueThatIsNotStorableText(String role, String path, String parameter) {
        Answer answer = (role.equals("-") ? http() : http().as(Tokens.of("4711000000000000001", role))).get(path);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("field").asText()).startsWith(parameter);
        assertThat(answer.json().get("errors").get(0).get("field").asText()).startsWith(parameter);
        assertThat(answer.body()).doesNotContain("\\u0000");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/mobile/products/%00", "/api/mobile/products/a%00b", "/api/mobile/products/%ED%A0%80",
            "/api/mobile/products/%25", "/api/mobile/products/%2e%2e", "/api/mobile/products/a;b",
            "/api/mobile/products/x%2Fy"})
    void refusesPathValuesItCannotRouteWithAProblem(String path) {
        Answer answer = http().get(path);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @org.junit.jupiter.api.Test
    void refusesABlankPathValueNamingIt() {
        Answer answer = http().as(Tokens.ops()).post("/api/zoho/admin/inbox/%20/redrive", null, new byte[0]);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().get("status").asInt()).isEqualTo(400);
        assertThat(answer.json().get("field").asText()).isEqualTo("deliveryId");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/mobile/search?q=%D8%B2%D9%8A%D8%AA", "/api/mobile/search?brand=Tea+%26+Co",
            "/api/mobile/search?q=%F0%9F%8D%B5", "/api/mobile/search?q=", "/api/mobile/search?inStock"})
    void acceptsWhatIsStorable(String path) {
        assertThat(http().get(path).status()).isEqualTo(200);
    }
}
