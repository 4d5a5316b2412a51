package iq.tsh.erp.query.sales;

import iq.tsh.erp.api.common.DocumentLine;
import iq.tsh.erp.api.sales.CreditNoteDeleted;
import iq.tsh.erp.api.sales.CreditNoteSynced;
import iq.tsh.erp.api.sales.InvoiceDeleted;
import iq.tsh.erp.api.sales.InvoiceSynced;
import iq.tsh.erp.api.sales.InvoiceVoided;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Units sold per item ({@code product_sales}): invoice lines count, credit note lines take back. Each document keeps
 * its current item lines, so a new snapshot moves the totals by exactly its difference from the last one, and a void,
 * a delete or a draft counts nothing.
 */
@Component
@ProcessingGroup(InvoiceProjection.PROCESSING_GROUP)
class ProductSalesProjection {

    /** Documents in these states are not (or no longer) a sale or a return. */
    private static final Set<String> NOT_COUNTED = Set.of("draft", "void");

    private final JdbcTemplate jdbc;

    ProductSalesProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(InvoiceSynced event, @SequenceNumber long sequence) {
        boolean counted = !NOT_COUNTED.contains(event.invoice().status());
        replace(Document.INVOICE, event.invoiceId().zohoId(), sequence, counted ? quantities(event.invoice().lines()) : Map.of());
    }

    @EventHandler
    void on(InvoiceVoided event, @SequenceNumber long sequence) {
        replace(Document.INVOICE, event.invoiceId().zohoId(), sequence, Map.of());
    }

    @EventHandler
    void on(InvoiceDeleted event, @SequenceNumber long sequence) {
        replace(Document.INVOICE, event.invoiceId().zohoId(), sequence, Map.of());
    }

    @EventHandler
    void on(CreditNoteSynced event, @SequenceNumber long sequence) {
        boolean counted = !NOT_COUNTED.contains(event.creditNote().status());
        replace(Document.CREDIT_NOTE, event.creditNoteId().zohoId(), sequence,
                counted ? quantities(event.creditNote().lines()) : Map.of());
    }

    @EventHandler
    void on(CreditNoteDeleted event, @SequenceNumber long sequence) {
        replace(Document.CREDIT_NOTE, event.creditNoteId().zohoId(), sequence, Map.of());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from product_sales");
        jdbc.update("delete from invoice_item_lines");
        jdbc.update("delete from credit_note_item_lines");
        jdbc.update("delete from sales_document_sequences");
    }

    private void replace(Document document, String documentId, long sequence, Map<String, BigDecimal> lines) {
        String key = document.prefix + documentId;
        int claimed = jdbc.update("""
                insert into sales_document_sequences (document_id, last_sequence) values (?, ?)
                on conflict (document_id) do update set last_sequence = excluded.last_sequence
                where sales_document_sequences.last_sequence < excluded.last_sequence""", key, sequence);
        if (claimed == 0) {
            return;
        }
        Map<String, BigDecimal> change = new TreeMap<>();
        jdbc.query("select item_id, quantity from " + document.table + " where " + document.idColumn + " = ?",
                rs -> {
                    change.merge(rs.getString(1), rs.getBigDecimal(2).negate(), BigDecimal::add);
                }, documentId);
        lines.forEach((item, quantity) -> change.merge(item, quantity, BigDecimal::add));
        jdbc.update("delete from " + document.table + " where " + document.idColumn + " = ?", documentId);
        lines.forEach((item, quantity) -> jdbc.update(
                "insert into " + document.table + " (" + document.idColumn + ", item_id, quantity) values (?, ?, ?)",
                documentId, item, quantity));
        if (change.values().stream().anyMatch(delta -> delta.signum() != 0)) {
            // A batch holds several documents, so its items are not locked in one order; both segments' threads
            // would deadlock on shared items (seen at 16 senders). One lock per transaction serialises the totals.
            jdbc.queryForList("select pg_advisory_xact_lock(hashtext('product_sales'))", Object.class);
        }
        change.forEach((item, delta) -> {
            if (delta.signum() != 0) {
                jdbc.update("""
                        insert into product_sales (item_id, quantity_sold) values (?, ?)
                        on conflict (item_id) do update set quantity_sold = product_sales.quantity_sold + excluded.quantity_sold""",
                        item, document.sign.multiply(delta));
            }
        });
    }

    /** Units per item over the lines that name an item (account-only lines, such as freight, sell nothing). */
    private static Map<String, BigDecimal> quantities(List<DocumentLine> lines) {
        Map<String, BigDecimal> quantities = new TreeMap<>();
        lines.stream()
                .filter(line -> line.itemId() != null && line.quantity() != null)
                .forEach(line -> quantities.merge(line.itemId(), line.quantity(), BigDecimal::add));
        return quantities;
    }

    /** Where each kind of document keeps its lines, and whether its units are sold or returned. */
    private enum Document {
        INVOICE("invoice:", "invoice_item_lines", "invoice_id", BigDecimal.ONE),
        CREDIT_NOTE("creditnote:", "credit_note_item_lines", "credit_note_id", BigDecimal.ONE.negate());

        private final String prefix;
        private final String table;
        private final String idColumn;
        private final BigDecimal sign;

        Document(String prefix, String table, String idColumn, BigDecimal sign) {
            this.prefix = prefix;
            this.table = table;
            this.idColumn = idColumn;
            this.sign = sign;
        }
    }
}
