package iq.tsh.erp.api.sales;

import iq.tsh.erp.api.DomainEvent;
import java.time.Instant;

/** The invoice was deleted in Zoho (usually a draft); its history stays for auditors. */
public record InvoiceDeleted(InvoiceId invoiceId, Instant lastModifiedTime) implements DomainEvent {
}
