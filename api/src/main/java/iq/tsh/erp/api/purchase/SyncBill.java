package iq.tsh.erp.api.purchase;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Make the bill match a snapshot of the Zoho bill. Returns a {@link iq.tsh.erp.api.common.SyncOutcome}.
 *
 * @param lastModifiedTime Zoho's {@code last_modified_time}; {@code null} when Zoho sent none (then never stale)
 */
public record SyncBill(@TargetAggregateIdentifier BillId billId, BillData bill, Instant lastModifiedTime) {
}
