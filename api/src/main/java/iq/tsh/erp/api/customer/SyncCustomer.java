package iq.tsh.erp.api.customer;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Make the customer match a snapshot of the Zoho contact. Returns a {@link iq.tsh.erp.api.common.SyncOutcome}.
 *
 * @param lastModifiedTime Zoho's {@code last_modified_time}; {@code null} when Zoho sent none (then never stale)
 */
public record SyncCustomer(
        @TargetAggregateIdentifier CustomerId customerId,
        CustomerData customer,
        Instant lastModifiedTime) {
}
