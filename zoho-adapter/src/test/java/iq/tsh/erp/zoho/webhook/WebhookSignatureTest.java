package iq.tsh.erp.zoho.webhook;

import static iq.tsh.erp.zoho.ZohoSamples.TEST_SECRET;
import static iq.tsh.erp.zoho.ZohoSamples.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import iq.tsh.erp.zoho.ZohoSamples;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookSignatureTest {

    /** 1 MB, not copied into the test resources. */
    private static final String NOT_COPIED = "hostile-huge-string-item.json";
    private static final String FORGED = "reject_401";

    private static final String OIL = "item-created-1.json";
    private static final String OIL_SIGNATURE = "fa4ec5ad8b98153e9e92728548bae6eb8aa422eb9cdf693c726a84d964935595";
    private static final String OIL_SIGNATURE_WITH_EVENT = "2bb2ec503c107e3d01c64fb05d500bfb37d542133183c7d3457eb4c0af4a8fad";

    private static List<JsonNode> signedEntries() {
        JsonNode entries = ZohoSamples.json("_manifest.json").get("entries");
        return StreamSupport.stream(entries.spliterator(), false)
                .filter(entry -> !entry.path("file").asText().equals(NOT_COPIED))
                .filter(entry -> !entry.path("expect").asText().equals(FORGED))
                .filter(entry -> entry.path("headers").hasNonNull("X-Zoho-Webhook-Signature"))
                .toList();
    }

    private static boolean valid(String signature, byte[] body) {
        return WebhookSignature.isValid(signature, body, Map.of(), List.of(TEST_SECRET));
    }

    @Test
    void acceptsEverySignatureOfTheManifest() {
        List<String> refused = new ArrayList<>();
        for (JsonNode entry : signedEntries()) {
            String file = entry.get("file").asText();
            if (!valid(entry.get("headers").get("X-Zoho-Webhook-Signature").asText(), bytes(file))) {
                refused.add(file);
            }
        }

        assertThat(signedEntries()).hasSizeGreaterThan(30);
        assertThat(refused).isEmpty();
    }

    @Test
    void acceptsEverySignatureMadeWithTheEventAsQueryParameter() {
        List<String> refused = new ArrayList<>();
        for (JsonNode entry : signedEntries()) {
            String file = entry.get("file").asText();
            Map<String, String> query = Map.of("event", entry.get("event").asText());
            String signature = entry.get("signature_if_event_sent_as_query_param").asText();
            if (!WebhookSignature.isValid(signature, bytes(file), query, List.of(TEST_SECRET))) {
                refused.add(file);
            }
        }

        assertThat(refused).isEmpty();
    }

    @Test
    void refusesTheForgedSignatureOfTheManifest() {
        JsonNode forged = StreamSupport.stream(ZohoSamples.json("_manifest.json").get("entries").spliterator(), false)
                .filter(entry -> entry.path("expect").asText().equals(FORGED))
                .findFirst().orElseThrow();

        assertThat(valid(forged.get("headers").get("X-Zoho-Webhook-Signature").asText(),
                bytes(forged.get("file").asText()))).isFalse();
    }

    @Test
    void refusesABodyWithOneChangedByte() {
        byte[] body = bytes(OIL);
        body[body.length / 2] ^= 1;

        assertThat(valid(OIL_SIGNATURE, body)).isFalse();
    }

    @Test
    void refusesASignatureMadeWithAnotherSecret() {
        assertThat(WebhookSignature.isValid(OIL_SIGNATURE, bytes(OIL), Map.of(), List.of("SomeOtherSecret"))).isFalse();
    }

    @Test
    void refusesTheEventSignatureWhenTheEventDiffers() {
        Map<String, String> query = Map.of("event", "item.deleted");

        assertThat(WebhookSignature.isValid(OIL_SIGNATURE_WITH_EVENT, bytes(OIL), query, List.of(TEST_SECRET)))
                .isFalse();
    }

    @Test
    void acceptsThePreviousSecretDuringRotation() {
        List<String> secrets = List.of("NewSecret2026AfterRotation", TEST_SECRET);

        assertThat(WebhookSignature.isValid(OIL_SIGNATURE, bytes(OIL), Map.of(), secrets)).isTrue();
    }

    @Test
    void acceptsUpperCaseHex() {
        assertThat(valid(OIL_SIGNATURE.toUpperCase(), bytes(OIL))).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void refusesAMissingSignature(String signature) {
        assertThat(valid(signature, bytes(OIL))).isFalse();
    }

    @Test
    void reportsWhichFormTheSignatureCovers() {
        Map<String, String> query = Map.of("event", "item.created");

        assertThat(WebhookSignature.verify(OIL_SIGNATURE_WITH_EVENT, bytes(OIL), query, List.of(TEST_SECRET)))
                .isEqualTo(WebhookSignature.Form.QUERY);
        // The body-only signature still holds with parameters added to the URL, but it does not cover them.
        assertThat(WebhookSignature.verify(OIL_SIGNATURE, bytes(OIL), query, List.of(TEST_SECRET)))
                .isEqualTo(WebhookSignature.Form.BODY);
        assertThat(WebhookSignature.verify("0".repeat(64), bytes(OIL), query, List.of(TEST_SECRET)))
                .isEqualTo(WebhookSignature.Form.NONE);
    }
}
