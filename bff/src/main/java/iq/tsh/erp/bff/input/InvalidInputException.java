package iq.tsh.erp.bff.input;

import org.springframework.http.HttpStatus;

/** A request the app sent that cannot be used; answered as a problem detail naming {@code field} (when there is one). */
public class InvalidInputException extends RuntimeException {

    private final HttpStatus status;
    private final String field;

    public InvalidInputException(HttpStatus status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    /** A 400 naming the field at fault. */
    public static InvalidInputException badField(String field, String message) {
        return new InvalidInputException(HttpStatus.BAD_REQUEST, field, message);
    }

    public HttpStatus status() {
        return status;
    }

    public String field() {
        return field;
    }
}
