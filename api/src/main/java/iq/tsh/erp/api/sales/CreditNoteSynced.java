package iq.tsh.erp.api.sales;

import iq.tsh.erp.api.DomainEvent;
import java.time.Instant;

/** The credit note now is as Zoho's snapshot says: status, lines, totals, unapplied balance and invoices. */
public record CreditNoteSynced(CreditNoteId creditNoteId, CreditNoteData creditNote, Instant updatedTime) implements DomainEvent {
}
