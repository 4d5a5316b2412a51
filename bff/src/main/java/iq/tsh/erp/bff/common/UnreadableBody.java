package iq.tsh.erp.bff.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Names the part of a request body Jackson could not read, for a 400 that says which field to fix: the JSON path of
 * a value of the wrong type ({@code lines[0].quantity}), or {@code body} when the body is not JSON at all.
 */
public final class UnreadableBody {

    public static final String BODY = "body";

    private UnreadableBody() {
    }

    public static String field(HttpMessageNotReadableException e) {
        for (Throwable cause = e.getCause(); cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof JsonParseException) {
                return BODY;
            }
        }
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference reference : mapping.getPath()) {
                if (reference.getFieldName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
                } else if (reference.getIndex() >= 0) {
                    path.append('[').append(reference.getIndex()).append(']');
                }
            }
            return path.toString();
        }
        return BODY;
    }

    /** A message for the field {@link #field} named. */
    public static String message(String field) {
        return BODY.equals(field) ? "the body must be a JSON object" : field + " has the wrong type or format";
    }
}
