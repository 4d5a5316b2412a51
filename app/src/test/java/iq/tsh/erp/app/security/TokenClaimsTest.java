package iq.tsh.erp.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Http.Answer;
import iq.tsh.erp.app.Tokens;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Correctly signed tokens with careless claims are refused (401 problem), never read generously: a subject that is
 * missing, blank, too long or not storable text, roles that are not an array of known role names.
 */
class TokenClaimsTest extends ApplicationTest {

    private static Map<String, Object> claims(Object... keysAndValues) {
        Map<String, Object> claims = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            claims.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return claims;
    }

    static Stream<Arguments> carelessTokens() {
        return Stream.of(
                Arguments.of("no sub", claims("roles", List.of("OPS"))),
                Arguments.of("blank sub", claims("sub", "  ", "roles", List.of("OPS"))),
                Arguments.of("sub with NUL", claims("sub", "ops\u0000", "roles", List.of("OPS"))),
                Arguments.of("sub of 65 characters", claims("sub", "s".repeat(65), "roles", List.of("OPS"))),
                Arguments.of("roles as one string", claims("sub", "ops", "roles", "CUSTOMER OPS")),
                Arguments.of("roles as the string OPS", claims("sub", "ops", "roles", "OPS")),
                Arguments.of("roles nested", claims("sub", "ops", "roles", List.of(List.of("OPS")))),
                Arguments.of("roles as an object", claims("sub", "ops", "roles", Map.of("OPS", true))),
                Arguments.of("a role that is a number", claims("sub", "ops", "roles", List.of("OPS", 7))),
                Arguments.of("an unknown role", claims("sub", "ops", "roles", List.of("OPS", "ADMIN"))),
                Arguments.of("a role in lower case", claims("sub", "ops", "roles", List.of("ops"))),
                Arguments.of("a prefixed role", claims("sub", "ops", "roles", List.of("ROLE_OPS"))),
                Arguments.of("no roles", claims("sub", "ops")),
                Arguments.of("empty roles", claims("sub", "ops", "roles", List.of())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("carelessTokens")
    void refusesATokenWithCarelessClaims(String situation, Map<String, Object> claims) {
        String token = Tokens.withClaims(claims);

        for (String path : List.of("/api/zoho/dashboard/stats", "/api/mobile/cart", "/api/audit/events",
                "/api/mobile/home")) {
            Answer answer = http().as(token).get(path);
            assertThat(answer.status()).as(path + " " + answer.body()).isEqualTo(401);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void refusesASubjectWithALoneSurrogate() {
        long exp = java.time.Instant.now().plusSeconds(3600).getEpochSecond();
        String token = Tokens.withPayload("{\"sub\":\"ops\\ud800\",\"roles\":[\"OPS\"],\"exp\":" + exp + "}");
        String wellFormed = Tokens.withPayload("{\"sub\":\"ops\",\"roles\":[\"OPS\"],\"exp\":" + exp + "}");

        assertThat(http().as(token).get("/api/zoho/dashboard/stats").status()).isEqualTo(401);
        assertThat(http().as(wellFormed).get("/api/zoho/dashboard/stats").status()).isEqualTo(200);
    }

    @Test
    void acceptsWellFormedClaims() {
        String token = Tokens.withClaims(claims("sub", "s".repeat(64), "roles", List.of("OPS", "AUDITOR", "OPS")));

        assertThat(http().as(token).get("/api/zoho/dashboard/stats").status()).isEqualTo(200);
        assertThat(http().as(token).get("/api/audit/events?limit=1").status()).isEqualTo(200);
        assertThat(http().as(token).get("/api/mobile/cart").status()).as("not a customer").isEqualTo(403);
        assertThat(http().as(Tokens.withClaims(claims("sub", "4712000000000000001", "roles", List.of("CUSTOMER"))))
                .get("/api/mobile/cart").status()).isEqualTo(200);
    }
}
