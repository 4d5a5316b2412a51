package iq.tsh.erp.command.customer;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import iq.tsh.erp.api.common.SyncOutcome;
import iq.tsh.erp.api.customer.CustomerData;
import iq.tsh.erp.api.customer.CustomerDeleted;
import iq.tsh.erp.api.customer.CustomerId;
import iq.tsh.erp.api.customer.CustomerSynced;
import iq.tsh.erp.api.customer.DeleteCustomer;
import iq.tsh.erp.api.customer.SyncCustomer;
import iq.tsh.erp.command.zoho.SnapshotRule;
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One Zoho contact as a customer (or vendor). Zoho sends whole snapshots, in any order and more than once: the
 * customer keeps the newest by Zoho's modification time and says nothing for a snapshot it already has. Every Zoho
 * command creates the customer if it is new, because Zoho does not promise that the "created" webhook arrives first.
 */
@Aggregate
public class Customer {

    @AggregateIdentifier
    private CustomerId customerId;
    private CustomerData customer;
    private Instant lastModifiedTime;
    private boolean deleted;

    protected Customer() {
        // Axon rebuilds the customer from its events.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public SyncOutcome handle(SyncCustomer command) {
        SyncOutcome outcome = SnapshotRule.judge(lastModifiedTime, deleted, customer,
                command.lastModifiedTime(), command.customer());
        if (outcome == SyncOutcome.ACCEPTED) {
            apply(new CustomerSynced(command.customerId(), command.customer(), command.lastModifiedTime()));
        }
        return outcome;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public SyncOutcome handle(DeleteCustomer command) {
        // A delete is final whatever its snapshot's time: Zoho cannot edit a deleted contact.
        if (deleted) {
            return SyncOutcome.UNCHANGED;
        }
        apply(new CustomerDeleted(command.customerId(),
                SnapshotRule.newest(lastModifiedTime, command.lastModifiedTime())));
        return SyncOutcome.ACCEPTED;
    }

    @EventSourcingHandler
    void on(CustomerSynced event) {
        customerId = event.customerId();
        customer = event.customer();
        lastModifiedTime = SnapshotRule.newest(lastModifiedTime, event.lastModifiedTime());
        deleted = false;
    }

    @EventSourcingHandler
    void on(CustomerDeleted event) {
        customerId = event.customerId();
        lastModifiedTime = SnapshotRule.newest(lastModifiedTime, event.lastModifiedTime());
        deleted = true;
    }
}
