package iq.tsh.erp.zoho.webhook;

import iq.tsh.erp.web.ProblemException;
import iq.tsh.erp.zoho.parse.FieldError;
import iq.tsh.erp.zoho.parse.FieldErrors;
import java.util.List;
import java.util.Map;

/**
 * A delivery not taken, with the status that says why: 400 unreadable, 401, 403, 404, 409, 413, 415 for the
 * delivery's fault; 503 when we (or Zoho's API, asked to confirm a delete) cannot take it now and Zoho should retry.
 */
public class BadDeliveryException extends ProblemException {

    private final transient List<FieldError> errors;

    BadDeliveryException(int status, String title, String detail) {
        this(status, title, detail, List.of(), null);
    }

    private BadDeliveryException(int status, String title, String detail, List<FieldError> errors, Throwable cause) {
        super(status, title, detail, cause);
        this.errors = List.copyOf(errors);
    }

    /** A refusal that names the fields or keys at fault, like a 422 does. */
    static BadDeliveryException withErrors(int status, String title, String detail, List<FieldError> errors) {
        return new BadDeliveryException(status, title, detail, errors, null);
    }

    /** Our side (or Zoho's API) failed: 503, so that Zoho sends the delivery again. */
    public static BadDeliveryException unavailable(String detail, Throwable cause) {
        return new BadDeliveryException(503, "Temporarily unavailable", detail, List.of(), cause);
    }

    /** The fields or keys at fault, possibly none. */
    public List<FieldError> errors() {
        return errors;
    }

    @Override
    protected Map<String, Object> properties() {
        return errors.isEmpty() ? Map.of() : Map.of("errors", FieldErrors.printable(errors));
    }
}
