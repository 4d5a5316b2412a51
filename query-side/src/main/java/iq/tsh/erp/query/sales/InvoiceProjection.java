package iq.tsh.erp.query.sales;

import iq.tsh.erp.api.sales.InvoiceDeleted;
import iq.tsh.erp.api.sales.InvoiceSynced;
import iq.tsh.erp.api.sales.InvoiceVoided;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/** Projects invoice events into the {@code invoices} table, idempotently by the invoice's event sequence. */
@Component
@ProcessingGroup(InvoiceProjection.PROCESSING_GROUP)
class InvoiceProjection {

    static final String PROCESSING_GROUP = "sales";

    private final InvoiceTable invoices;

    InvoiceProjection(InvoiceTable invoices) {
        this.invoices = invoices;
    }

    @EventHandler
    void on(InvoiceSynced event, @SequenceNumber long sequence, @Timestamp Instant at) {
        invoices.synced(event.invoiceId().zohoId(), event.invoice(), event.lastModifiedTime(), false, sequence, at);
    }

    @EventHandler
    void on(InvoiceVoided event, @SequenceNumber long sequence, @Timestamp Instant at) {
        invoices.synced(event.invoiceId().zohoId(), event.invoice(), event.lastModifiedTime(), true, sequence, at);
    }

    @EventHandler
    void on(InvoiceDeleted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        invoices.deleted(event.invoiceId().zohoId(), sequence, at);
    }

    /** A replay rebuilds the table from the first event; rows remember sequences, so they must go first. */
    @ResetHandler
    void reset() {
        invoices.clear();
    }
}
