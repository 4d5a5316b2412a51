package iq.tsh.erp.zoho.parse;

import iq.tsh.erp.api.common.StorableValues;
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

    /** The errors made printable for an answer: a lone surrogate echoed from a delivery cannot be written as UTF-8. */
    public static List<FieldError> printable(List<FieldError> errors) {
        return errors.stream().map(error -> new FieldError(StorableValues.printable(error.field()),
                StorableValues.printable(error.message()))).toList();
    }
}
