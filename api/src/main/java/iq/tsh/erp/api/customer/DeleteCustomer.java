package iq.tsh.erp.api.customer;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The contact was deleted in Zoho. Returns a {@link iq.tsh.erp.api.common.SyncOutcome}. */
public record DeleteCustomer(@TargetAggregateIdentifier CustomerId customerId, Instant lastModifiedTime) {
}
