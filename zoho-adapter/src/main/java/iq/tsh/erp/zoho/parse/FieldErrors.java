package iq.tsh.erp.zoho.parse;

import java.util.ArrayList;
import java.util.List;

/** Collects every unusable field of one record, so the 422 answer names them all at once. */
public final class FieldErrors {

    private final List<FieldError> errors = new ArrayList<>();

    void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Ends the mapping of a record: throws when any field was unusable. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new UnusableRecordException(errors);
        }
    }
}
