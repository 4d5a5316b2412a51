package iq.tsh.erp.zoho.parse;

import java.util.List;

/** The record is well-formed JSON but cannot become a command; answered 422 with every field at fault. */
public class UnusableRecordException extends RuntimeException {

    private final transient List<FieldError> errors;

    public UnusableRecordException(List<FieldError> errors) {
        super(errors.size() + " unusable field(s), first: " + errors.get(0).field() + " " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
