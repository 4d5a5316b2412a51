package iq.tsh.erp.app.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Http;
import iq.tsh.erp.app.Http.Answer;
import iq.tsh.erp.app.Tokens;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Promotion admin is OPS only (401 without a token, 403 for customers and auditors); the checkout calculation is
 * public, and a customer's token changes nothing about another customer.
 */
class PromotionAccessTest extends ApplicationTest {

    private static final String BODY = "{\"name\":\"x\",\"type\":\"percentage\",\"value\":10,\"scope\":\"products\",\"productIds\":[\"4801999\"]}";

    private List<Answer> everyAdminRoute(Http client) {
        String id = UUID.randomUUID().toString();
        return List.of(
                client.postJson("/api/admin/promotions", BODY),
                client.send("PUT", "/api/admin/promotions/" + id, "application/json", BODY.getBytes()),
                client.postJson("/api/admin/promotions/" + id + "/end", ""),
                client.get("/api/admin/promotions"),
                client.get("/api/admin/promotions/" + id));
    }

    @Test
    void refusesAdminWithoutToken() {
        assertThat(everyAdminRoute(http())).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        });
    }

    @Test
    void refusesAdminToCustomersAndAuditors() {
        for (String token : List.of(Tokens.customer("4802000000000000001"), Tokens.auditor())) {
            assertThat(everyAdminRoute(http().as(token))).allSatisfy(answer -> {
                assertThat(answer.status()).isEqualTo(403);
                assertThat(answer.contentType()).startsWith("application/problem+json");
            });
        }
    }

    @Test
    void letsOpsIn() {
        Answer list = http().as(Tokens.ops()).get("/api/admin/promotions");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("items").isArray()).isTrue();
    }

    @Test
    void calculatesForGuestsAndCustomersAlike() {
        String body = "{\"lines\":[{\"productId\":\"4801000000000000404\",\"quantity\":1}]}";
        for (Http client : List.of(http(), http().as(Tokens.customer("4802000000000000002")), http().as(Tokens.ops()))) {
            Answer answer = client.postJson("/api/mobile/checkout/calculate", body);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            assertThat(answer.json().get("warnings").get(0).get("code").asText()).isEqualTo("PRODUCT_UNAVAILABLE");
        }
        Answer forged = http().as(Tokens.forged("CUSTOMER")).postJson("/api/mobile/checkout/calculate", body);
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.contentType()).startsWith("application/problem+json");
    }
}
