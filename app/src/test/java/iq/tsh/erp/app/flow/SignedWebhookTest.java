package iq.tsh.erp.app.flow;

import static org.assertj.core.api.Assertions.assertThat;

import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Http.Answer;
import iq.tsh.erp.app.Samples;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With a webhook secret and an organisation configured, as in production: only deliveries signed with the current
 * or the previous secret get in; forged ones are refused and not kept; another organisation's are refused and kept.
 */
class SignedWebhookTest extends ApplicationTest {

    private static final String SECRET = "IraqRetailTest2025Secret";
    private static final String PREVIOUS = "OldRetailSecret2024xyz";
    private static final String ORGANIZATION = "870045123";

    @DynamicPropertySource
    static void secured(DynamicPropertyRegistry registry) {
        registry.add("erp.zoho.webhooks.secret", () -> SECRET);
        registry.add("erp.zoho.webhooks.previous-secret", () -> PREVIOUS);
        registry.add("erp.zoho.webhooks.organization-id", () -> ORGANIZATION);
    }

    private static String sign(String secret, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(data));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private Answer post(String path, byte[] body, String signature, String organization) {
        return http().post(path, "application/json;charset=UTF-8", body,
                "X-Zoho-Webhook-Signature", signature, "X-Com-Zoho-Organizationid", organization);
    }

    private long inboxRows() {
        return jdbc.queryForObject("select count(*) from webhook_inbox", Long.class);
    }

    @Test
    void acceptsTheSampleAsZohoSignedIt() {
        // The manifest's signature, made by Zoho's rule over the sample's exact bytes.
        byte[] body = bytes(Samples.text("item-created-1.json"));
        Answer answer = post("/api/zoho/webhooks/products", body,
                "fa4ec5ad8b98153e9e92728548bae6eb8aa422eb9cdf693c726a84d964935595", ORGANIZATION);

        assertThat(answer.status()).isEqualTo(200);
    }

    @Test
    void acceptsTheQueryParameterFormOfTheSignature() {
        byte[] body = bytes(Samples.withItem("item-created-1.json", "7500000000000000001"));
        String signature = sign(SECRET, bytes("event" + "item.created" + new String(body, StandardCharsets.UTF_8)));

        Answer answer = post("/api/zoho/webhooks/products?event=item.created", body, signature, ORGANIZATION);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("status").asText()).isEqualTo("accepted");
    }

    @Test
    void acceptsThePreviousSecretDuringRotation() {
        byte[] body = bytes(Samples.withItem("item-created-1.json", "7500000000000000002"));

        assertThat(post("/api/zoho/webhooks/products", body, sign(PREVIOUS, body), ORGANIZATION).status())
                .isEqualTo(200);
    }

    @Test
    void refusesAForgedOrMissingSignatureAndKeepsNothing() {
        byte[] body = bytes(Samples.withItem("item-created-1.json", "7500000000000000003"));
        long rows = inboxRows();
        long events = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);

        Answer forged = post("/api/zoho/webhooks/products", body, sign("NotTheSecret12345", body), ORGANIZATION);
        Answer missing = http().post("/api/zoho/webhooks/products", "application/json", body);

        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.contentType()).startsWith("application/problem+json");
        assertThat(missing.status()).isEqualTo(401);
        assertThat(inboxRows()).isEqualTo(rows);
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class)).isEqualTo(events);
    }

    @Test
    void refusesAnotherOrganisationButKeepsTheDelivery() {
        byte[] body = bytes(Samples.withItem("item-created-1.json", "7500000000000000004"));
        long rows = inboxRows();

        Answer answer = post("/api/zoho/webhooks/products", body, sign(SECRET, body), "999999");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(inboxRows()).isEqualTo(rows + 1);
    }
}
