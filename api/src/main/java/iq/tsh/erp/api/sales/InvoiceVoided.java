package iq.tsh.erp.api.sales;

import iq.tsh.erp.api.DomainEvent;
import java.time.Instant;

/**
 * The invoice was voided in Zoho: it no longer counts as a sale or as money owed. Stated instead of
 * {@link InvoiceSynced} when a snapshot first says {@code void}, so sales figures and auditors see the voiding as
 * its own fact; {@code invoice} is that snapshot, so projections need nothing else.
 */
public record InvoiceVoided(InvoiceId invoiceId, InvoiceData invoice, Instant lastModifiedTime) implements DomainEvent {
}
