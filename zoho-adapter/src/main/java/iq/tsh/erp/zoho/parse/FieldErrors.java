package iq.tsh.erp.zoho.parse;

import java.util.ArrayList;
import java.util.List;

/** Collects every unusable field of one record, so the 422 answer names them all at once. */
public final class FieldErrors {

    private final List<FieldError> errors = new ArrayList<>();

    /** A field read twice (a mapper may look at it for two purposes) is reported once. */
    void add(String field, String message) {
        FieldError error = new FieldError(field, message);
        if (!errors.contains(error)) {
            errors.add(error);
        }
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
