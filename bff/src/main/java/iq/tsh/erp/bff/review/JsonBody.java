package iq.tsh.erp.bff.review;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A request body read by hand rather than bound: Jackson would quietly turn 3.5 or "3" into a rating of 3, and a
 * bound record cannot say which field was wrong. {@code $} names the body itself.
 */
final class JsonBody {

    static final String WHOLE_BODY = "$";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode root;

    private JsonBody(JsonNode root) {
        this.root = root;
    }

    /** A JSON object; an absent body counts as {@code {}} when {@code optional}. */
    static JsonBody parse(String text, boolean optional) {
        if (text == null || text.isBlank()) {
            if (optional) {
                return new JsonBody(JSON.createObjectNode());
            }
            throw new BadReviewInputException(WHOLE_BODY, "the request needs a JSON object body");
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            throw new BadReviewInputException(WHOLE_BODY, "the request body is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new BadReviewInputException(WHOLE_BODY, "the request body must be a JSON object");
        }
        return new JsonBody(root);
    }

    /** A whole number, or empty when absent or null. */
    Optional<Integer> wholeNumber(String field, int min, int max) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        String wanted = field + " must be a whole number from " + min + " to " + max;
        if (!node.isNumber()) {
            throw new BadReviewInputException(field, wanted);
        }
        BigDecimal value = node.decimalValue();
        if (value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(min)) < 0
                || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new BadReviewInputException(field, wanted);
        }
        return Optional.of(value.intValueExact());
    }

    /** A text trimmed, or empty when absent, null or blank; longer than {@code maxLength} characters is refused. */
    Optional<String> text(String field, int maxLength) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (node.getNodeType() != JsonNodeType.STRING) {
            throw new BadReviewInputException(field, field + " must be a string");
        }
        String value = node.asText().strip();
        if (value.codePointCount(0, value.length()) > maxLength) {
            throw new BadReviewInputException(field, field + " must be at most " + maxLength + " characters");
        }
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** The first of these fields present (not null), with its name. */
    Optional<String> firstPresent(String... fields) {
        for (String field : fields) {
            JsonNode node = root.get(field);
            if (node != null && !node.isNull()) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }
}
