package iq.tsh.erp.command.purchase;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import iq.tsh.erp.api.common.SyncOutcome;
import iq.tsh.erp.api.purchase.BillData;
import iq.tsh.erp.api.purchase.BillDeleted;
import iq.tsh.erp.api.purchase.BillId;
import iq.tsh.erp.api.purchase.BillSynced;
import iq.tsh.erp.api.purchase.DeleteBill;
import iq.tsh.erp.api.purchase.SyncBill;
import iq.tsh.erp.command.zoho.SnapshotRule;
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One Zoho vendor bill. Zoho sends whole snapshots, in any order and more than once: the bill keeps the newest by
 * Zoho's modification time and says nothing for a snapshot it already has. Every command creates the bill if it is
 * new, because Zoho does not promise that the "created" webhook arrives first.
 */
@Aggregate
public class Bill {

    @AggregateIdentifier
    private BillId billId;
    private BillData bill;
    private Instant lastModifiedTime;
    private boolean deleted;

    protected Bill() {
        // Axon rebuilds the bill from its events.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public SyncOutcome handle(SyncBill command) {
        SyncOutcome outcome = SnapshotRule.judge(lastModifiedTime, deleted, bill,
                command.lastModifiedTime(), command.bill());
        if (outcome == SyncOutcome.ACCEPTED) {
            apply(new BillSynced(command.billId(), command.bill(), command.lastModifiedTime()));
        }
        return outcome;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public SyncOutcome handle(DeleteBill command) {
        // A delete is final whatever its snapshot's time: Zoho cannot edit a deleted bill.
        if (deleted) {
            return SyncOutcome.UNCHANGED;
        }
        apply(new BillDeleted(command.billId(), SnapshotRule.newest(lastModifiedTime, command.lastModifiedTime())));
        return SyncOutcome.ACCEPTED;
    }

    @EventSourcingHandler
    void on(BillSynced event) {
        billId = event.billId();
        bill = event.bill();
        lastModifiedTime = SnapshotRule.newest(lastModifiedTime, event.lastModifiedTime());
        deleted = false;
    }

    @EventSourcingHandler
    void on(BillDeleted event) {
        billId = event.billId();
        lastModifiedTime = SnapshotRule.newest(lastModifiedTime, event.lastModifiedTime());
        deleted = true;
    }
}
