package iq.tsh.erp.api.review;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The identifier of a Review aggregate: {@code review:} and a name-based UUID of the product and the customer. One
 * customer has one review per product because both always give the same id; the URL shows only the UUID, which
 * does not spell out the customer's id.
 */
public record ReviewId(String value) {

    static final String PREFIX = "review:";

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ReviewId {
        Objects.requireNonNull(value, "value");
        if (!value.startsWith(PREFIX) || value.length() == PREFIX.length()) {
            throw new IllegalArgumentException("a review id looks like review:<uuid>, not " + value);
        }
    }

    /** The one review a customer can write about a Zoho item. */
    public static ReviewId of(String itemId, String customerId) {
        String name = "tsh-review|" + itemId + "|" + customerId;
        return new ReviewId(PREFIX + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
    }

    /** The review the app names by its key (the UUID in URLs); empty when the key is not a UUID at all. */
    public static Optional<ReviewId> fromKey(String key) {
        try {
            return Optional.of(new ReviewId(PREFIX + UUID.fromString(key)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** The UUID the app and ops see as the review's {@code id}. */
    public String key() {
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
