package iq.tsh.erp.zoho.webhook;

import iq.tsh.erp.api.common.StorableValues;
import java.util.Locale;

/**
 * What happened to the record. Zoho's body does not say: each webhook is configured with a header
 * {@code X-Erp-Event} or a query parameter {@code event}; absent means created-or-updated.
 */
public enum DeliveryEvent {
    CREATED,
    UPDATED,
    DELETED,
    CREATED_OR_UPDATED;

    /** Reads {@code created}, {@code item.updated}, {@code deleted} and the like; {@code null} or blank is an upsert. */
    static DeliveryEvent parse(String value) {
        if (value == null || value.isBlank()) {
            return CREATED_OR_UPDATED;
        }
        String action = value.substring(value.lastIndexOf('.') + 1).strip().toLowerCase(Locale.ROOT);
        return switch (action) {
            case "created", "create" -> CREATED;
            case "updated", "update", "edited" -> UPDATED;
            case "deleted", "delete" -> DELETED;
            default -> throw new BadDeliveryException(400, "Unknown webhook event",
                    "event must be created, updated or deleted (optionally prefixed like item.updated), not "
                            + echo(value));
        };
    }

    private static String echo(String untrusted) {
        return StorableValues.printable(untrusted, 100);
    }

    public boolean isDelete() {
        return this == DELETED;
    }
}
