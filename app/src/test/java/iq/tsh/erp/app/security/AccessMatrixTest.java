package iq.tsh.erp.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Http;
import iq.tsh.erp.app.Http.Answer;
import iq.tsh.erp.app.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every protected endpoint × no token, wrong role, right role, expired token, forged signature. The refusals are
 * 401 or 403 as problem details; the right role gets past security (whatever the endpoint then answers).
 */
class AccessMatrixTest extends ApplicationTest {

    private record Endpoint(String method, String path, String role) {
        @Override
        public String toString() {
            return method + " " + path + " (" + role + ")";
        }
    }

    private static final List<Endpoint> PROTECTED = List.of(
            new Endpoint("POST", "/api/zoho/admin/inbox/" + UUID.randomUUID() + "/redrive", "OPS"),
            new Endpoint("POST", "/api/zoho/admin/queue/retry", "OPS"),
            new Endpoint("POST", "/api/zoho/admin/queue/clear", "OPS"),
            new Endpoint("GET", "/api/zoho/dashboard/health", "OPS"),
            new Endpoint("GET", "/api/zoho/dashboard/inbox", "OPS"),
            new Endpoint("POST", "/api/admin/promotions", "OPS"),
            new Endpoint("GET", "/actuator/prometheus", "OPS"),
            new Endpoint("GET", "/api/audit/events", "AUDITOR"),
            new Endpoint("GET", "/api/audit/aggregates/item:1/events", "AUDITOR"),
            new Endpoint("GET", "/api/audit/aggregates/item:1/state", "AUDITOR"),
            new Endpoint("GET", "/api/mobile/cart", "CUSTOMER"),
            new Endpoint("POST", "/api/mobile/cart/items", "CUSTOMER"),
            new Endpoint("GET", "/api/mobile/addresses", "CUSTOMER"),
            new Endpoint("GET", "/api/mobile/checkout", "CUSTOMER"),
            new Endpoint("POST", "/api/mobile/products/1/reviews", "CUSTOMER"),
            new Endpoint("POST", "/api/mobile/reviews/1/flag", "CUSTOMER"),
            new Endpoint("PATCH", "/api/mobile/cart/items/1", "CUSTOMER"),
            new Endpoint("DELETE", "/api/mobile/cart/items/1", "CUSTOMER"),
            new Endpoint("DELETE", "/api/mobile/cart", "CUSTOMER"),
            new Endpoint("POST", "/api/mobile/addresses", "CUSTOMER"),
            new Endpoint("PUT", "/api/mobile/addresses/" + UUID.randomUUID(), "CUSTOMER"),
            new Endpoint("DELETE", "/api/mobile/addresses/" + UUID.randomUUID(), "CUSTOMER"),
            new Endpoint("GET", "/api/admin/promotions", "OPS"),
            new Endpoint("PUT", "/api/admin/promotions/" + UUID.randomUUID(), "OPS"),
            new Endpoint("POST", "/api/admin/promotions/" + UUID.randomUUID() + "/end", "OPS"),
            new Endpoint("GET", "/api/admin/reviews", "OPS"),
            new Endpoint("POST", "/api/admin/reviews/" + UUID.randomUUID() + "/moderation", "OPS"));

    private static final List<String> ROLES = List.of("CUSTOMER", "OPS", "AUDITOR");

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : PROTECTED) {
            String wrongRole = ROLES.stream().filter(role -> !role.equals(endpoint.role())).findFirst().orElseThrow();
            cases.add(Arguments.of(endpoint, "no token", null, 401));
            cases.add(Arguments.of(endpoint, "wrong role", Tokens.of("someone", wrongRole), 403));
            cases.add(Arguments.of(endpoint, "expired", Tokens.expired(endpoint.role()), 401));
            cases.add(Arguments.of(endpoint, "forged", Tokens.forged(endpoint.role()), 401));
            cases.add(Arguments.of(endpoint, "right role", Tokens.of("someone", endpoint.role()), 0));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("cases")
    void guardsEveryProtectedEndpoint(Endpoint endpoint, String situation, String token, int expected) {
        Http client = token == null ? http() : http().as(token);

        Answer answer = client.send(endpoint.method(), endpoint.path(), "application/json", "{}".getBytes());

        if (expected == 0) {
            assertThat(answer.status()).as(answer.body()).isNotIn(401, 403).isLessThan(500);
        } else {
            assertThat(answer.status()).isEqualTo(expected);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.body()).doesNotContain(Tokens.SECRET);
        }
    }

    static Stream<Arguments> publicEndpoints() {
        return Stream.of(
                Arguments.of("GET", "/health"),
                Arguments.of("GET", "/api/mobile/products/1"),
                Arguments.of("GET", "/api/mobile/home"),
                Arguments.of("GET", "/api/mobile/search?q=oil"),
                Arguments.of("GET", "/api/mobile/categories"),
                Arguments.of("GET", "/api/mobile/categories/1/products"),
                Arguments.of("GET", "/api/mobile/products/1/related"),
                Arguments.of("GET", "/api/mobile/products/1/reviews"),
                Arguments.of("POST", "/api/mobile/checkout/calculate"),
                Arguments.of("GET", "/v3/api-docs"),
                Arguments.of("POST", "/api/zoho/webhooks/products"));
    }

    @ParameterizedTest(name = "{0} {1} is public")
    @MethodSource("publicEndpoints")
    void leavesPublicEndpointsOpen(String method, String path) {
        Answer answer = http().send(method, path, "application/json", "{\"item\":{}}".getBytes());

        assertThat(answer.status()).isNotIn(401, 403).isLessThan(500);
    }
}
