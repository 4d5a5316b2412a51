package iq.tsh.erp.api.purchase;

import iq.tsh.erp.api.DomainEvent;
import java.time.Instant;

/** The bill now is as Zoho's snapshot says (a voided bill is a bill whose status is {@code void}). */
public record BillSynced(BillId billId, BillData bill, Instant lastModifiedTime) implements DomainEvent {
}
