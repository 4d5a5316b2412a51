package iq.tsh.erp.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import iq.tsh.erp.api.common.StorableValues;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One streaming pass over a JSON body, token by token, before anything binds it: every text (values and keys) and
 * every number must be storable ({@link StorableValues}), no object may hold a key twice (else the last one would
 * silently win), and nesting stays shallow. Numbers are judged from their text, never expanded, so
 * {@code 1e10000000} costs nothing. A body that is not JSON at all is left to whoever reads it (it answers its own
 * 400): this pass only refuses what a JSON reader would have accepted.
 */
public final class JsonBodyCheck {

    /** Far more than any request body needs (a checkout body is three levels deep). */
    static final int MAX_DEPTH = 32;
    static final String BODY = "body";

    private static final JsonFactory JSON = new JsonFactory();

    private JsonBodyCheck() {
    }

    /** Throws {@link UnstorableInputException} naming the first value at fault. */
    public static void check(byte[] body) {
        try (JsonParser parser = JSON.createParser(body)) {
            Deque<Set<String>> keys = new ArrayDeque<>();
            JsonToken token;
            while ((token = next(parser)) != null) {
                switch (token) {
                    case START_OBJECT, START_ARRAY -> {
                        keys.push(new HashSet<>());
                        if (keys.size() > MAX_DEPTH) {
                            throw new UnstorableInputException(path(parser.getParsingContext().getParent()),
                                    "is nested too deeply: at most " + MAX_DEPTH + " levels");
                        }
                    }
                    case END_OBJECT, END_ARRAY -> keys.pop();
                    case FIELD_NAME -> {
                        String name = parser.currentName();
                        refuseText(parser, name);
                        if (!keys.peek().add(name)) {
                            throw new UnstorableInputException(path(parser.getParsingContext()), "is given more than once");
                        }
                    }
                    case VALUE_STRING -> refuseText(parser, parser.getText());
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> refuseNumber(parser);
                    default -> {
                        // true, false, null: always storable
                    }
                }
            }
        } catch (UnstorableInputException refused) {
            throw refused;
        } catch (IOException notJson) {
            // Not JSON (or not JSON to the end): the endpoint's own reader answers that with its 400.
        }
    }

    private static JsonToken next(JsonParser parser) throws IOException {
        try {
            return parser.nextToken();
        } catch (StreamConstraintsException tooLong) {
            // A number of over 1,000 digits or the like: Jackson's own limits, named like ours.
            throw new UnstorableInputException(path(parser.getParsingContext()), "is too long to be a value");
        }
    }

    private static void refuseText(JsonParser parser, String text) {
        String problem = StorableValues.textProblem(text);
        if (problem != null) {
            throw new UnstorableInputException(path(parser.getParsingContext()), problem);
        }
    }

    private static void refuseNumber(JsonParser parser) throws IOException {
        String problem;
        try {
            problem = StorableValues.decimalProblem(new BigDecimal(parser.getText()));
        } catch (NumberFormatException | ArithmeticException beyondBigDecimal) {
            // An exponent beyond what even BigDecimal holds (0.1e2147483648).
            problem = "is out of range: at most " + StorableValues.MAX_INTEGER_DIGITS
                    + " digits before the decimal point";
        }
        if (problem != null) {
            throw new UnstorableInputException(path(parser.getParsingContext()), problem);
        }
    }

    /**
     * Where the first key repeated within one object is, named by {@code name}; empty when none (also when the text
     * breaks off before one). Edges that read raw bytes themselves (the webhooks) share this rule.
     */
    public static Optional<String> firstDuplicate(String json, Function<JsonStreamContext, String> name) {
        try (JsonParser scanner = JSON.createParser(json)) {
            Deque<Set<String>> open = new ArrayDeque<>();
            for (JsonToken token = scanner.nextToken(); token != null; token = scanner.nextToken()) {
                if (token == JsonToken.START_OBJECT) {
                    open.push(new HashSet<>());
                } else if (token == JsonToken.END_OBJECT) {
                    open.pop();
                } else if (token == JsonToken.FIELD_NAME && !open.peek().add(scanner.currentName())) {
                    return Optional.of(name.apply(scanner.getParsingContext()));
                }
            }
        } catch (IOException | RuntimeException e) {
            // Broken further on: what was read had no duplicate.
        }
        return Optional.empty();
    }

    /** {@code lines[2].quantity}; {@code body} for the body itself. */
    public static String path(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                path.insert(0, "." + c.getCurrentName());
            } else if (c.inArray()) {
                path.insert(0, "[" + Math.max(c.getCurrentIndex(), 0) + "]");
            }
        }
        if (path.isEmpty()) {
            return BODY;
        }
        return path.charAt(0) == '.' ? path.substring(1) : path.toString();
    }
}
