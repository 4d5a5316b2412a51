package iq.tsh.erp.bff.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * A request body read field by field, so every refusal names its field: wrong types, missing values and values out
 * of range are 400s, never 5xx, and nothing is coerced (a quantity of {@code "2"} or {@code 1.5} is refused).
 */
public final class JsonBody {

    private final JsonNode body;

    private JsonBody(JsonNode body) {
        this.body = body;
    }

    /** The body, which must be a JSON object. */
    public static JsonBody of(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw InvalidInputException.badField("body", "the body must be a JSON object");
        }
        return new JsonBody(body);
    }

    /** A whole number in {@code min..max}. */
    public int requiredInt(String field, int min, int max) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            throw InvalidInputException.badField(field, field + " is required");
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
            throw InvalidInputException.badField(field, field + " must be a whole number from " + min + " to " + max
                    + ", not " + value);
        }
        return value.intValue();
    }

    /** Non-blank text, trimmed, at most {@code maxLength} characters. */
    public String requiredText(String field, int maxLength) {
        return optionalText(field, maxLength)
                .orElseThrow(() -> InvalidInputException.badField(field, field + " is required"));
    }

    /** Trimmed text, empty when absent, null or blank; at most {@code maxLength} characters. */
    public Optional<String> optionalText(String field, int maxLength) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw InvalidInputException.badField(field, field + " must be text");
        }
        String text = value.asText().strip();
        if (text.length() > maxLength) {
            throw InvalidInputException.badField(field, field + " must be at most " + maxLength + " characters");
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** A JSON boolean; {@code false} when absent or null. */
    public boolean optionalBoolean(String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw InvalidInputException.badField(field, field + " must be true or false");
        }
        return value.booleanValue();
    }
}
