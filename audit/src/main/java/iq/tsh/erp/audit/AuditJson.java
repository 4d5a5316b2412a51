package iq.tsh.erp.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.StringWriter;

/**
 * Stored JSON as auditors must see it: exact (an amount stored as {@code 18500.50} is shown so, never rounded
 * through a double) and compact (one event per NDJSON line even if a payload was stored pretty-printed).
 */
final class AuditJson {

    static final ObjectMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();
    private static final JsonFactory FACTORY = EXACT.getFactory();

    private AuditJson() {
    }

    /** The stored text as compact JSON; text that is not JSON becomes a JSON string, so nothing is hidden. */
    static RawJson compact(String stored) {
        if (stored == null) {
            return null;
        }
        StringWriter compact = new StringWriter(stored.length());
        try (JsonParser parser = FACTORY.createParser(stored);
             JsonGenerator out = FACTORY.createGenerator(compact)) {
            copyExactly(parser, out);
        } catch (IOException notJson) {
            return new RawJson(TextNode.valueOf(stored).toString());
        }
        return new RawJson(compact.toString());
    }

    /** The stored text as a tree (numbers exact); text that is not JSON becomes a text node. */
    static JsonNode tree(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            JsonNode tree = EXACT.readTree(stored);
            return tree == null ? TextNode.valueOf(stored) : tree;
        } catch (IOException notJson) {
            return TextNode.valueOf(stored);
        }
    }

    /** Copies one JSON value token by token, numbers as their text; anything but exactly one value is refused. */
    private static void copyExactly(JsonParser parser, JsonGenerator out) throws IOException {
        if (parser.nextToken() == null) {
            throw new IOException("empty");
        }
        int depth = 0;
        do {
            JsonToken token = parser.currentToken();
            if (token.isStructStart()) {
                depth++;
            } else if (token.isStructEnd()) {
                depth--;
            }
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                out.writeNumber(parser.getText());
            } else {
                out.copyCurrentEvent(parser);
            }
        } while (depth > 0 && parser.nextToken() != null);
        if (depth != 0 || parser.nextToken() != null) {
            throw new IOException("not exactly one JSON value");
        }
    }
}
