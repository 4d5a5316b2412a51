package iq.tsh.erp.api.sales;

import iq.tsh.erp.api.DomainEvent;
import java.time.Instant;

/** The invoice now is as Zoho's snapshot says: status, lines, totals and open balance. */
public record InvoiceSynced(InvoiceId invoiceId, InvoiceData invoice, Instant lastModifiedTime) implements DomainEvent {
}
