package iq.tsh.erp.zoho.catchup;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/** Reads Zoho's answers as the webhook intake reads bodies: decimals stay exact on their way to the commands. */
final class ZohoJson {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private ZohoJson() {
    }

    /** The answer as JSON, or {@code null} when it is not JSON (an HTML error page from a proxy, say). */
    static JsonNode readOrNull(byte[] body) {
        try {
            return body == null || body.length == 0 ? null : JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }
}
