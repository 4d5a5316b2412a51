package iq.tsh.erp.zoho.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import iq.tsh.erp.api.common.StorableValues;
import iq.tsh.erp.zoho.parse.FieldError;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the Zoho record in a delivery body, whichever of Zoho's three forms it came in: raw JSON, JSON holding the
 * record as a {@code JSONString} string, or a form with a {@code JSONString} field. The record must be the object
 * under the kind's singular key ({@code {"item":{...}}}). Only JSON and form bodies are read: a body declared as
 * anything else (or as nothing) is not guessed at.
 */
final class DeliveryBody {

    private static final String FORM = "application/x-www-form-urlencoded";

    private DeliveryBody() {
    }

    /** The record object, or a {@link BadDeliveryException} (415 for the content type, 400 for the body). */
    static JsonNode record(WebhookKind kind, String contentType, byte[] body) {
        String mediaType = mediaType(contentType);
        JsonNode root;
        if (isJson(mediaType)) {
            root = StrictJson.read(new String(body, StandardCharsets.UTF_8), kind.wrapper());
        } else if (mediaType.equals(FORM)) {
            root = StrictJson.read(jsonStringField(body), kind.wrapper());
        } else {
            throw new BadDeliveryException(415, "Unsupported content type",
                    "send application/json or " + FORM + " with a JSONString field, not "
                            + (contentType == null ? "a body without Content-Type" : echo(contentType)));
        }
        JsonNode jsonString = root.get("JSONString");
        if (root.isObject() && jsonString != null && jsonString.isTextual()) {
            root = StrictJson.read(jsonString.asText(), kind.wrapper());
        }
        JsonNode record = root.isObject() ? root.get(kind.wrapper()) : null;
        if (record == null || !record.isObject()) {
            throw new BadDeliveryException(400, "No " + kind.wrapper() + " in the body",
                    "the body must be a JSON object whose \"" + kind.wrapper() + "\" key holds the Zoho record");
        }
        return record;
    }

    /** {@code application/json} with any parameters, and the {@code +json} types (e.g. {@code application/vnd.zoho+json}). */
    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json")
                || mediaType.startsWith("application/") && mediaType.endsWith("+json");
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
    }

    private static String echo(String untrusted) {
        return StorableValues.printable(untrusted, 100);
    }

    /** The form's JSONString field; a field named twice is refused like a JSON key named twice. */
    private static String jsonStringField(byte[] body) {
        String jsonString = null;
        Set<String> names = new HashSet<>();
        for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            if (!names.add(name)) {
                throw BadDeliveryException.withErrors(400, "Duplicate key",
                        "the form names a field twice: " + echo(name),
                        List.of(new FieldError(echo(name), "appears twice in the form")));
            }
            if (name.equals("JSONString")) {
                jsonString = equals < 0 ? "" : decode(pair.substring(equals + 1));
            }
        }
        if (jsonString == null) {
            throw new BadDeliveryException(400, "No JSONString field",
                    "a form-encoded delivery must carry the record in its JSONString field");
        }
        return jsonString;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadDeliveryException(400, "Unreadable form body", "the form body is not valid URL encoding");
        }
    }
}
