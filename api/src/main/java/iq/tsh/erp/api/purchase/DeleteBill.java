package iq.tsh.erp.api.purchase;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The bill was deleted in Zoho. Returns a {@link iq.tsh.erp.api.common.SyncOutcome}. */
public record DeleteBill(@TargetAggregateIdentifier BillId billId, Instant lastModifiedTime) {
}
