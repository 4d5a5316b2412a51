package iq.tsh.erp.query.sales;

import static org.assertj.core.api.Assertions.assertThat;

import iq.tsh.erp.api.common.DocumentLine;
import iq.tsh.erp.api.sales.DocumentTotals;
import iq.tsh.erp.api.sales.InvoiceData;
import iq.tsh.erp.api.sales.InvoiceDeleted;
import iq.tsh.erp.api.sales.InvoiceId;
import iq.tsh.erp.api.sales.InvoiceSynced;
import iq.tsh.erp.api.sales.InvoiceVoided;
import iq.tsh.erp.query.common.Projector;
import iq.tsh.erp.query.common.ReadModelDatabase;
import iq.tsh.erp.query.common.Replays;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sales group's two projections: the {@code invoices} table and units sold per item. */
class SalesProjectionTest {

    private static final InvoiceId INVOICE = InvoiceId.ofZoho("7900000000000000001");
    private static final Instant MODIFIED = Instant.parse("2025-05-06T07:14:26Z");

    private final Projector invoices = new Projector(new InvoiceProjection(new InvoiceTable(ReadModelDatabase.jdbc())),
            "Invoice");
    private final Projector sales = new Projector(new ProductSalesProjection(ReadModelDatabase.jdbc()), "Invoice");

    @BeforeEach
    void empty() {
        ReadModelDatabase.emptyReadTables();
    }

    private static DocumentLine line(String item, String quantity) {
        return new DocumentLine("l-" + item, item, "name", "sku", new BigDecimal(quantity), "pcs",
                new BigDecimal("1000"), null, null, null, null, new BigDecimal("1000").multiply(new BigDecimal(quantity)),
                null);
    }

    private static InvoiceData invoice(String status, DocumentLine... lines) {
        return new InvoiceData("INV-1", null, "4902000000000000001", "Ali", status, LocalDate.of(2025, 5, 6),
                LocalDate.of(2025, 6, 6), "IQD", BigDecimal.ONE, List.of(lines),
                new DocumentTotals(null, null, null, null, null, null, new BigDecimal("3000"), new BigDecimal("1000")),
                null);
    }

    private static Object[] history() {
        return new Object[] {new InvoiceSynced(INVOICE, invoice("sent", line("oil", "2"), line("tea", "1")), MODIFIED),
                new InvoiceSynced(INVOICE, invoice("paid", line("oil", "3")), MODIFIED.plusSeconds(60)),
                new InvoiceVoided(INVOICE, invoice("void", line("oil", "3")), MODIFIED.plusSeconds(120)),
                new InvoiceDeleted(INVOICE, MODIFIED.plusSeconds(180))};
    }

    private static Map<String, Object> sold(String item) {
        return ReadModelDatabase.jdbc().queryForMap("SELECT quantity_sold FROM product_sales WHERE item_id = ?", item);
    }

    @Test
    void keepsTheInvoiceAndCountsOnlyItsCurrentLines() {
        List<Object> events = List.of(history()).subList(0, 2);
        var messages = invoices.history(INVOICE.toString(), events.toArray());
        invoices.handle(messages);
        sales.handle(messages);

        Map<String, Object> row = ReadModelDatabase.jdbc().queryForMap("SELECT * FROM invoices");
        assertThat(row.get("status")).isEqualTo("paid");
        assertThat(row.get("last_sequence")).isEqualTo(1L);
        assertThat(row.get("lines").toString()).contains("\"itemId\": \"oil\"");
        assertThat((BigDecimal) sold("oil").get("quantity_sold")).isEqualByComparingTo("3");
        assertThat((BigDecimal) sold("tea").get("quantity_sold")).isEqualByComparingTo("0");
    }

    @Test
    void aVoidedInvoiceSellsNothing() {
        var messages = invoices.history(INVOICE.toString(), List.of(history()).subList(0, 3).toArray());
        invoices.handle(messages);
        sales.handle(messages);

        assertThat(ReadModelDatabase.jdbc().queryForObject("SELECT voided FROM invoices", Boolean.class)).isTrue();
        assertThat((BigDecimal) sold("oil").get("quantity_sold")).isEqualByComparingTo("0");
    }

    @Test
    void replayingTwiceGivesTheSameRows() {
        var messages = invoices.history(INVOICE.toString(), history());
        Replays.assertReplayable(invoices, messages, "invoices");
        Replays.assertReplayable(sales, messages.subList(0, 2), "product_sales", "invoice_item_lines",
                "sales_document_sequences");
    }
}
