package iq.tsh.erp.api.sales;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Make the credit note match a snapshot of the Zoho credit note. Returns a
 * {@link iq.tsh.erp.api.common.SyncOutcome}.
 *
 * @param updatedTime Zoho's {@code updated_time}, or its {@code last_modified_time} when the record has no
 *                    {@code updated_time}; {@code null} when Zoho sent neither (then never stale)
 */
public record SyncCreditNote(
        @TargetAggregateIdentifier CreditNoteId creditNoteId,
        CreditNoteData creditNote,
        Instant updatedTime) {
}
