package iq.tsh.erp.web;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import iq.tsh.erp.api.common.Causes;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.springframework.http.HttpStatus;

/**
 * The one way a request body becomes a value: a JSON object (already passed by {@link StorableBodies}) bound to a
 * record without any coercion (a quantity of {@code "2"} or {@code 1.5} is refused, never guessed), then checked by
 * the record's Bean Validation constraints. Every refusal is an {@link InvalidInputException} naming the JSON path
 * at fault ({@code lines[0].quantity}), or the body itself by this reader's {@code root} name.
 */
public final class JsonBodies {

    /** The body is {@code body}, and the problem's title {@code Invalid request}. */
    public static final JsonBodies STANDARD = new JsonBodies("body", InvalidInputException.INVALID_REQUEST);

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .withCoercionConfig(LogicalType.Textual, text -> text
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .addModule(new JavaTimeModule())
            .build();
    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private final String root;
    private final String title;

    /** A reader naming the body {@code root} and titling its problems {@code title}. */
    public JsonBodies(String root, String title) {
        this.root = root;
        this.title = title;
    }

    /** The body bound to {@code type} and valid; {@code null} or anything but an object is refused. */
    public <T> T read(JsonNode body, Class<T> type) {
        if (body == null || !body.isObject()) {
            throw refusal(root, root.equals("body") ? "the body must be a JSON object"
                    : "the request body must be a JSON object");
        }
        T value;
        try {
            value = STRICT.treeToValue(body, type);
        } catch (JacksonException | IllegalArgumentException e) {
            InvalidInputException thrown = Causes.find(e, InvalidInputException.class).orElse(null);
            if (thrown != null) {
                throw thrown;
            }
            String field = e instanceof JsonMappingException mapping ? path(mapping, root) : root;
            throw refusal(field, field + " has the wrong type or format");
        }
        validate(value);
        return value;
    }

    /**
     * A body the endpoint took as text: parsed here (strictly), then read as {@link #read(JsonNode, Class)} does. An
     * absent or blank body counts as {@code {}} when {@code optional}.
     */
    public <T> T read(String text, Class<T> type, boolean optional) {
        if (text == null || text.isBlank()) {
            if (optional) {
                return read(STRICT.createObjectNode(), type);
            }
            throw refusal(root, "the request needs a JSON object body");
        }
        JsonNode tree;
        try {
            tree = STRICT.readTree(text);
        } catch (JacksonException e) {
            throw refusal(root, "the request body is not valid JSON");
        }
        return read(tree, type);
    }

    /** Bean Validation of a value already read; the fields at fault in the record's own order. */
    public <T> void validate(T value) {
        List<FieldError> problems = VALIDATOR.validate(value).stream()
                .sorted(Comparator.comparingInt((ConstraintViolation<T> v) -> order(value.getClass(), v.getPropertyPath()))
                        .thenComparing(v -> v.getPropertyPath().toString()))
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getPropertyPath() + " " + v.getMessage()))
                .toList();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(HttpStatus.BAD_REQUEST, title, problems.get(0).field(),
                    problems.get(0).message(), problems);
        }
    }

    /** A text stripped of surrounding blanks, or {@code null} when nothing is left: blank counts as absent. */
    public static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private InvalidInputException refusal(String field, String message) {
        return InvalidInputException.of(HttpStatus.BAD_REQUEST, title, field, message);
    }

    /** {@code lines[2].quantity} from Jackson's path of the value it could not read; the root name when none. */
    public static String path(JsonMappingException e, String root) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? root : path.toString();
    }

    private static int order(Class<?> type, Path path) {
        if (!type.isRecord()) {
            return 0;
        }
        String first = path.iterator().next().getName();
        RecordComponent[] components = type.getRecordComponents();
        return Arrays.stream(components).map(RecordComponent::getName).toList().indexOf(first);
    }
}
