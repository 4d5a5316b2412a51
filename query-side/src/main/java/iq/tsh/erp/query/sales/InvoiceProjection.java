package iq.tsh.erp.query.sales;

import iq.tsh.erp.api.sales.InvoiceDeleted;
import iq.tsh.erp.api.sales.InvoiceId;
import iq.tsh.erp.api.sales.InvoiceSynced;
import iq.tsh.erp.api.sales.InvoiceVoided;
import java.time.Instant;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/** Projects invoice events into the {@code invoices} table, idempotently by the invoice's event sequence. */
@Component
@ProcessingGroup("sales")
class InvoiceProjection {

    private final InvoiceRows rows;

    InvoiceProjection(InvoiceRows rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(InvoiceSynced event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.invoiceId(), sequence, at, row -> row.invoice(event.invoice(), event.lastModifiedTime(), false));
    }

    @EventHandler
    void on(InvoiceVoided event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.invoiceId(), sequence, at, row -> row.invoice(event.invoice(), event.lastModifiedTime(), true));
    }

    @EventHandler
    void on(InvoiceDeleted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.invoiceId(), sequence, at, InvoiceRow::delete);
    }

    /** A replay rebuilds the table from the first event; rows remember sequences, so they must go first. */
    @ResetHandler
    void reset() {
        rows.deleteAllInBatch();
    }

    private void apply(InvoiceId invoiceId, long sequence, Instant at, Consumer<InvoiceRow> change) {
        rows.applyOnce(invoiceId.zohoId(), InvoiceRow::new, sequence, at, change);
    }
}
