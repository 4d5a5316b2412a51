package iq.tsh.erp.zoho.webhook;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import iq.tsh.erp.web.JsonBodyCheck;
import iq.tsh.erp.zoho.parse.FieldError;
import iq.tsh.erp.zoho.parse.UnusableRecordException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Reads a delivery's JSON so that nothing ambiguous or unholdable passes, and says where it failed: a key twice in one
 * object is a 400 naming it (which of the two did Zoho mean?); a number no decimal can hold (an exponent past two
 * billion) is a 422 naming its field; anything else unreadable is a 400 with its place in the text.
 */
final class StrictJson {

    /** Numbers stay exact: ids of 19 digits and money must not pass through a double. */
    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private StrictJson() {
    }

    /** The JSON value; fields are named relative to {@code wrapper} ({@code rate}, not {@code item.rate}). */
    static JsonNode read(String json, String wrapper) {
        if (json.isBlank()) {
            throw new BadDeliveryException(400, "Empty body", "the delivery has no body");
        }
        JsonParser parser = null;
        try {
            parser = JSON.createParser(json);
            JsonNode node = JSON.readTree(parser);
            if (node == null || node.isMissingNode()) {
                throw new BadDeliveryException(400, "Empty body", "the delivery has no body");
            }
            return node;
        } catch (BadDeliveryException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw refusal(json, parser, e, wrapper);
        } finally {
            close(parser);
        }
    }

    private static RuntimeException refusal(String json, JsonParser parser, Exception e, String wrapper) {
        if (e instanceof StreamConstraintsException limit) {
            return new BadDeliveryException(400, "Body beyond the parser's limits", limit.getOriginalMessage());
        }
        JsonToken token = parser == null ? null : parser.currentToken();
        if (!(e instanceof JsonProcessingException) && token != null && token.isNumeric()) {
            // The token was read; turning its text into a number failed (exponent or scale out of range).
            return new UnusableRecordException(List.of(new FieldError(path(parser.getParsingContext(), wrapper),
                    "is a number no column can hold (its exponent is out of range)")));
        }
        Optional<String> duplicate = firstDuplicate(json, wrapper);
        if (duplicate.isPresent()) {
            return BadDeliveryException.withErrors(400, "Duplicate key",
                    "a key appears twice in one JSON object: " + duplicate.get(),
                    List.of(new FieldError(duplicate.get(), "appears twice in the same object")));
        }
        String where = e instanceof JsonProcessingException processing && processing.getLocation() != null
                ? " at line " + processing.getLocation().getLineNr() + ", column " + processing.getLocation().getColumnNr()
                : "";
        return new BadDeliveryException(400, "Malformed JSON", "the body is not valid JSON" + where);
    }

    /** Where the first key repeated within one object is, or empty (also when the text breaks off before one). */
    static Optional<String> firstDuplicate(String json, String wrapper) {
        return JsonBodyCheck.firstDuplicate(json, context -> path(context, wrapper));
    }

    /** Zoho's way of naming a field: {@code line_items[2].quantity}, relative to the record's wrapper. */
    static String path(JsonStreamContext context, String wrapper) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                parts.add("[" + Math.max(at.getCurrentIndex(), 0) + "]");
            } else {
                parts.add(at.getCurrentName() == null ? "" : at.getCurrentName());
            }
        }
        Collections.reverse(parts);
        if (parts.size() > 1 && parts.get(0).equals(wrapper)) {
            parts.remove(0);
        }
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            if (path.length() > 0 && !part.startsWith("[")) {
                path.append('.');
            }
            path.append(part);
        }
        return path.length() == 0 ? "(root)" : path.toString();
    }

    private static void close(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                // A parser over a string holds nothing to release.
            }
        }
    }
}
