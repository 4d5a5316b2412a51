package iq.tsh.erp.api.customer;

import iq.tsh.erp.api.DomainEvent;
import java.time.Instant;

/** The customer now is as Zoho's contact snapshot says. */
public record CustomerSynced(CustomerId customerId, CustomerData customer, Instant lastModifiedTime) implements DomainEvent {
}
