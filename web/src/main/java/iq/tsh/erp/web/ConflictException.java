package iq.tsh.erp.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** A well-formed request that conflicts with what is stored (a code taken, an ended promotion, a full book): 409. */
public class ConflictException extends ProblemException {

    private final transient Map<String, Object> properties = new LinkedHashMap<>();

    public ConflictException(String title, String detail) {
        super(409, title, detail, null);
    }

    /** Adds a member to the problem ({@code code}, {@code field}); null values are left out. */
    public ConflictException with(String name, Object value) {
        if (value != null) {
            properties.put(name, value);
        }
        return this;
    }

    @Override
    protected Map<String, Object> properties() {
        return properties;
    }
}
