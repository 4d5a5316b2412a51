package iq.tsh.erp.zoho.parse;

import iq.tsh.erp.web.ProblemException;
import java.util.List;
import java.util.Map;

/** The record is well-formed JSON but cannot become a command; answered 422 with every field at fault. */
public class UnusableRecordException extends ProblemException {

    private final transient List<FieldError> errors;

    public UnusableRecordException(List<FieldError> errors) {
        super(422, "Unusable Zoho record", errors.size() + " unusable field(s), first: " + errors.get(0).field() + " "
                + errors.get(0).message(), null);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The answer names every field in {@code errors}; the detail only points there. */
    @Override
    public String detail() {
        return "the Zoho record cannot be used: see errors";
    }

    @Override
    protected Map<String, Object> properties() {
        return Map.of("errors", FieldErrors.printable(errors));
    }
}
