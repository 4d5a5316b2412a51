package iq.tsh.erp.api.customer;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * The identifier of a Customer aggregate. It is the Zoho {@code contact_id} with the prefix {@code contact:}, because
 * aggregate identifiers share one column in the event store and Zoho ids of other record kinds could collide.
 */
public record CustomerId(String value) {

    static final String PREFIX = "contact:";

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public CustomerId {
        Objects.requireNonNull(value, "value");
        if (!value.startsWith(PREFIX) || value.length() == PREFIX.length()) {
            throw new IllegalArgumentException("a customer id looks like contact:<zoho contact_id>, not " + value);
        }
    }

    /** The customer of a Zoho contact. */
    public static CustomerId ofContact(String zohoContactId) {
        return new CustomerId(PREFIX + zohoContactId);
    }

    /** The Zoho {@code contact_id}, which is also the {@code sub} of a customer's token. */
    public String contactId() {
        return value.substring(PREFIX.length());
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    /** Axon stores {@code toString()} as the aggregate identifier: it must be the raw value. */
    @Override
    public String toString() {
        return value;
    }
}
