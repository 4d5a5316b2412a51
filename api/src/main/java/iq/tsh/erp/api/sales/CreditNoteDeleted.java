package iq.tsh.erp.api.sales;

import java.time.Instant;

/** The credit note was deleted in Zoho; its history stays for auditors. */
public record CreditNoteDeleted(CreditNoteId creditNoteId, Instant updatedTime) {
}
