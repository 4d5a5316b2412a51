package iq.tsh.erp.api.common;

import java.util.Objects;

/**
 * The shape shared by every aggregate id made from a Zoho id: a kind prefix ({@code item:}, {@code invoice:}, ...)
 * and the Zoho id after it, because all aggregates share one identifier column in the event store.
 */
public final class ZohoIds {

    private ZohoIds() {
    }

    /** {@code value} itself when it is {@code prefix} followed by a Zoho id; else an error naming the expected form. */
    public static String requirePrefixed(String value, String prefix, String zohoField) {
        Objects.requireNonNull(value, "value");
        if (!value.startsWith(prefix) || value.length() == prefix.length()) {
            throw new IllegalArgumentException("expected " + prefix + "<zoho " + zohoField + ">, not " + value);
        }
        return value;
    }
}
