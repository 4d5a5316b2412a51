package iq.tsh.erp.zoho.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Finds the Zoho record in a delivery body, whichever of Zoho's three forms it came in: raw JSON, JSON holding the
 * record as a {@code JSONString} string, or a form with a {@code JSONString} field. The record must be the object
 * under the kind's singular key ({@code {"item":{...}}}).
 */
final class DeliveryBody {

    /** Numbers stay exact: ids of 19 digits and money must not pass through a double. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private DeliveryBody() {
    }

    /** The record object, or a {@link BadDeliveryException} (415 for the content type, 400 for the body). */
    static JsonNode record(WebhookKind kind, String contentType, byte[] body) {
        JsonNode root = switch (mediaType(contentType)) {
            case "application/json", "text/json", "text/plain", "" -> parse(new String(body, StandardCharsets.UTF_8));
            case "application/x-www-form-urlencoded" -> parse(jsonStringField(body));
            default -> throw new BadDeliveryException(415, "Unsupported content type",
                    "send application/json or application/x-www-form-urlencoded with a JSONString field, not "
                            + contentType);
        };
        JsonNode jsonString = root.get("JSONString");
        if (root.isObject() && jsonString != null && jsonString.isTextual()) {
            root = parse(jsonString.asText());
        }
        JsonNode record = root.isObject() ? root.get(kind.wrapper()) : null;
        if (record == null || !record.isObject()) {
            throw new BadDeliveryException(400, "No " + kind.wrapper() + " in the body",
                    "the body must be a JSON object whose \"" + kind.wrapper() + "\" key holds the Zoho record");
        }
        return record;
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
    }

    private static String jsonStringField(byte[] body) {
        for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            if (decode(name).equals("JSONString")) {
                return equals < 0 ? "" : decode(pair.substring(equals + 1));
            }
        }
        throw new BadDeliveryException(400, "No JSONString field",
                "a form-encoded delivery must carry the record in its JSONString field");
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadDeliveryException(400, "Unreadable form body", "the form body is not valid URL encoding");
        }
    }

    private static JsonNode parse(String json) {
        if (json.isBlank()) {
            throw new BadDeliveryException(400, "Empty body", "the delivery has no body");
        }
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new BadDeliveryException(400, "Malformed JSON", "the body is not valid JSON" + where);
        }
    }
}
