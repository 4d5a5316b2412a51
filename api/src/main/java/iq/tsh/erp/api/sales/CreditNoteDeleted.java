package iq.tsh.erp.api.sales;

import iq.tsh.erp.api.DomainEvent;
import java.time.Instant;

/** The credit note was deleted in Zoho; its history stays for auditors. */
public record CreditNoteDeleted(CreditNoteId creditNoteId, Instant updatedTime) implements DomainEvent {
}
