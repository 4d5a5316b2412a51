package iq.tsh.erp.api.sales;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The credit note was deleted in Zoho. Returns a {@link iq.tsh.erp.api.common.SyncOutcome}. */
public record DeleteCreditNote(@TargetAggregateIdentifier CreditNoteId creditNoteId, Instant updatedTime) {
}
