package iq.tsh.erp.api.promotion;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * The identifier of a Promotion aggregate: {@code promotion:} and the UUID the admin endpoint generated. The prefix
 * keeps it apart from other aggregates in the event store; the app and ops see only the UUID.
 */
public record PromotionId(String value) {

    static final String PREFIX = "promotion:";

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public PromotionId {
        Objects.requireNonNull(value, "value");
        if (!value.startsWith(PREFIX) || value.length() == PREFIX.length()) {
            throw new IllegalArgumentException("a promotion id looks like promotion:<uuid>, not " + value);
        }
    }

    public static PromotionId of(String uuid) {
        return new PromotionId(PREFIX + uuid);
    }

    /** The id without its prefix, as the app and ops use it. */
    public String uuid() {
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
