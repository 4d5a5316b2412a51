package iq.tsh.erp.api.customer;

import iq.tsh.erp.api.DomainEvent;
import java.time.Instant;

/** The contact is gone from Zoho; its history stays for auditors and its documents keep their customer id. */
public record CustomerDeleted(CustomerId customerId, Instant lastModifiedTime) implements DomainEvent {
}
