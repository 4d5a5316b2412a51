package iq.tsh.erp.api.purchase;

import iq.tsh.erp.api.DomainEvent;
import java.time.Instant;

/** The bill no longer exists in Zoho; its history stays for auditors. */
public record BillDeleted(BillId billId, Instant lastModifiedTime) implements DomainEvent {
}
