package iq.tsh.erp.command.sales;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import iq.tsh.erp.api.common.SyncOutcome;
import iq.tsh.erp.api.sales.CreditNoteData;
import iq.tsh.erp.api.sales.CreditNoteDeleted;
import iq.tsh.erp.api.sales.CreditNoteId;
import iq.tsh.erp.api.sales.CreditNoteSynced;
import iq.tsh.erp.api.sales.DeleteCreditNote;
import iq.tsh.erp.api.sales.SyncCreditNote;
import iq.tsh.erp.command.zoho.SnapshotRule;
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One Zoho credit note. Like every Zoho record it arrives as whole snapshots, in any order and more than once; its
 * clock is Zoho's {@code updated_time} (DESIGN.md), so the credit note keeps the newest by that time and says
 * nothing for a snapshot it already has. Every command creates the credit note if it is new.
 */
@Aggregate
public class CreditNote {

    @AggregateIdentifier
    private CreditNoteId creditNoteId;
    private CreditNoteData creditNote;
    private Instant updatedTime;
    private boolean deleted;

    protected CreditNote() {
        // Axon rebuilds the credit note from its events.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public SyncOutcome handle(SyncCreditNote command) {
        SyncOutcome outcome = SnapshotRule.judge(updatedTime, deleted, creditNote,
                command.updatedTime(), command.creditNote());
        if (outcome == SyncOutcome.ACCEPTED) {
            apply(new CreditNoteSynced(command.creditNoteId(), command.creditNote(), command.updatedTime()));
        }
        return outcome;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public SyncOutcome handle(DeleteCreditNote command) {
        // A delete is final whatever its snapshot's time: Zoho cannot edit a deleted credit note.
        if (deleted) {
            return SyncOutcome.UNCHANGED;
        }
        apply(new CreditNoteDeleted(command.creditNoteId(), SnapshotRule.newest(updatedTime, command.updatedTime())));
        return SyncOutcome.ACCEPTED;
    }

    @EventSourcingHandler
    void on(CreditNoteSynced event) {
        creditNoteId = event.creditNoteId();
        creditNote = event.creditNote();
        updatedTime = SnapshotRule.newest(updatedTime, event.updatedTime());
        deleted = false;
    }

    @EventSourcingHandler
    void on(CreditNoteDeleted event) {
        creditNoteId = event.creditNoteId();
        updatedTime = SnapshotRule.newest(updatedTime, event.updatedTime());
        deleted = true;
    }
}
