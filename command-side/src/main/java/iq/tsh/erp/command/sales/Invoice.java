package iq.tsh.erp.command.sales;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import iq.tsh.erp.api.common.SyncOutcome;
import iq.tsh.erp.api.sales.DeleteInvoice;
import iq.tsh.erp.api.sales.InvoiceData;
import iq.tsh.erp.api.sales.InvoiceDeleted;
import iq.tsh.erp.api.sales.InvoiceId;
import iq.tsh.erp.api.sales.InvoiceSynced;
import iq.tsh.erp.api.sales.InvoiceVoided;
import iq.tsh.erp.api.sales.SyncInvoice;
import iq.tsh.erp.command.zoho.SnapshotRule;
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One Zoho invoice. Zoho sends whole snapshots, in any order and more than once: the invoice keeps the newest by
 * Zoho's {@code last_modified_time} and says nothing for a snapshot it already has. Voiding is the way Zoho
 * removes a sent invoice, so the first snapshot that says {@code void} is recorded as {@link InvoiceVoided}.
 * Every command creates the invoice if it is new, because Zoho does not promise that "created" arrives first.
 */
@Aggregate
public class Invoice {

    static final String VOID = "void";

    @AggregateIdentifier
    private InvoiceId invoiceId;
    private InvoiceData invoice;
    private Instant lastModifiedTime;
    private boolean deleted;

    protected Invoice() {
        // Axon rebuilds the invoice from its events.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public SyncOutcome handle(SyncInvoice command) {
        SyncOutcome outcome = SnapshotRule.judge(lastModifiedTime, deleted, invoice,
                command.lastModifiedTime(), command.invoice());
        if (outcome == SyncOutcome.ACCEPTED) {
            if (isVoid(command.invoice()) && (invoice == null || !isVoid(invoice))) {
                apply(new InvoiceVoided(command.invoiceId(), command.invoice(), command.lastModifiedTime()));
            } else {
                apply(new InvoiceSynced(command.invoiceId(), command.invoice(), command.lastModifiedTime()));
            }
        }
        return outcome;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public SyncOutcome handle(DeleteInvoice command) {
        // A delete is final whatever its snapshot's time: Zoho cannot edit a deleted invoice.
        if (deleted) {
            return SyncOutcome.UNCHANGED;
        }
        apply(new InvoiceDeleted(command.invoiceId(),
                SnapshotRule.newest(lastModifiedTime, command.lastModifiedTime())));
        return SyncOutcome.ACCEPTED;
    }

    private static boolean isVoid(InvoiceData invoice) {
        return VOID.equals(invoice.status());
    }

    @EventSourcingHandler
    void on(InvoiceSynced event) {
        invoiceId = event.invoiceId();
        invoice = event.invoice();
        lastModifiedTime = SnapshotRule.newest(lastModifiedTime, event.lastModifiedTime());
        deleted = false;
    }

    @EventSourcingHandler
    void on(InvoiceVoided event) {
        invoiceId = event.invoiceId();
        invoice = event.invoice();
        lastModifiedTime = SnapshotRule.newest(lastModifiedTime, event.lastModifiedTime());
        deleted = false;
    }

    @EventSourcingHandler
    void on(InvoiceDeleted event) {
        invoiceId = event.invoiceId();
        lastModifiedTime = SnapshotRule.newest(lastModifiedTime, event.lastModifiedTime());
        deleted = true;
    }
}
