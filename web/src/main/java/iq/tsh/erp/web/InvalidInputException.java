package iq.tsh.erp.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A request the caller must fix, naming each field at fault: {@code field} (the first) and {@code errors}
 * [{field, message}], the shape every refusal of a value has, webhooks included. Without a field it is a plain 4xx.
 */
public class InvalidInputException extends ProblemException {

    public static final String INVALID_REQUEST = "Invalid request";

    private final transient List<?> errors;
    private final String field;

    /** {@code errors} holds {@link FieldError}s or records of the same shape ({@code field}, {@code message}). */
    public InvalidInputException(HttpStatus status, String title, String field, String detail, List<?> errors) {
        super(status.value(), title, detail, null);
        this.field = field;
        this.errors = List.copyOf(errors);
    }

    /** A 400 naming one field; the message is the detail. */
    public static InvalidInputException badField(String field, String message) {
        return of(HttpStatus.BAD_REQUEST, INVALID_REQUEST, field, message);
    }

    /** One field (or none, when {@code field} is null) with this status and title. */
    public static InvalidInputException of(HttpStatus status, String title, String field, String message) {
        return new InvalidInputException(status, title, field, message,
                field == null ? List.of() : List.of(new FieldError(field, message)));
    }

    /** A 400 naming every field at fault; the first one's message is the detail. */
    public static InvalidInputException fields(String title, List<FieldError> problems) {
        return new InvalidInputException(HttpStatus.BAD_REQUEST, title, problems.get(0).field(),
                problems.get(0).message(), problems);
    }

    /** The first field at fault, or null. */
    public String field() {
        return field;
    }

    @Override
    protected Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (field != null) {
            properties.put("field", field);
        }
        if (!errors.isEmpty()) {
            properties.put("errors", errors);
        }
        return properties;
    }
}
