package iq.tsh.erp.api.common;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An aggregate identifier: a prefix naming the aggregate type ({@code item:}, {@code cart:}, ...), then the Zoho id
 * it mirrors. Aggregate identifiers share one column in the event store and Zoho ids of different record kinds could
 * collide, hence the prefix. Jackson reads and writes it as the bare string; Axon stores its {@code toString()}, which
 * every implementation returns as the raw value (a record cannot inherit {@code toString()}).
 */
public interface PrefixedId {

    @JsonValue
    String value();

    /** The id behind the prefix (prefixes end at their only colon; Zoho ids are digits). */
    default String unprefixed() {
        return value().substring(value().indexOf(':') + 1);
    }

    /** {@code value} itself when it is {@code prefix} followed by an id; else an error naming the expected form. */
    static String require(String value, String prefix, String zohoField) {
        return ZohoIds.requirePrefixed(value, prefix, zohoField);
    }
}
