package iq.tsh.erp.query.sales;

import static iq.tsh.erp.query.common.Columns.json;
import static iq.tsh.erp.query.common.Columns.timestamp;

import iq.tsh.erp.api.sales.InvoiceData;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SQL of the {@code invoices} table: one upsert per event, guarded by the row's {@code last_sequence} (the
 * apply-once rule, docs/read-models.md).
 */
@Component
class InvoiceTable {

    private static final String GUARD = " WHERE invoices.last_sequence < EXCLUDED.last_sequence";

    private final JdbcTemplate jdbc;

    InvoiceTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean synced(String invoiceId, InvoiceData invoice, Instant modifiedAt, boolean isVoid, long sequence, Instant at) {
        return jdbc.update("""
                INSERT INTO invoices (invoice_id, number, customer_id, customer_name, status, invoice_date, due_date,
                    currency, exchange_rate, total, balance, lines, voided, deleted, zoho_modified_at, last_sequence,
                    updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, FALSE, ?, ?, ?)
                ON CONFLICT (invoice_id) DO UPDATE SET number = EXCLUDED.number, customer_id = EXCLUDED.customer_id,
                    customer_name = EXCLUDED.customer_name, status = EXCLUDED.status,
                    invoice_date = EXCLUDED.invoice_date, due_date = EXCLUDED.due_date, currency = EXCLUDED.currency,
                    exchange_rate = EXCLUDED.exchange_rate, total = EXCLUDED.total, balance = EXCLUDED.balance,
                    lines = EXCLUDED.lines, voided = EXCLUDED.voided, deleted = FALSE,
                    zoho_modified_at = EXCLUDED.zoho_modified_at, last_sequence = EXCLUDED.last_sequence,
                    updated_at = EXCLUDED.updated_at""" + GUARD,
                invoiceId, invoice.number(), invoice.customerId(), invoice.customerName(), invoice.status(),
                invoice.date(), invoice.dueDate(), invoice.currency(), invoice.exchangeRate(),
                invoice.totals().total(), invoice.totals().balance(), json(invoice.lines()),
                isVoid || "void".equals(invoice.status()), timestamp(modifiedAt), sequence, timestamp(at)) == 1;
    }

    boolean deleted(String invoiceId, long sequence, Instant at) {
        return jdbc.update("""
                INSERT INTO invoices (invoice_id, deleted, last_sequence, updated_at) VALUES (?, TRUE, ?, ?)
                ON CONFLICT (invoice_id) DO UPDATE SET deleted = TRUE, last_sequence = EXCLUDED.last_sequence,
                    updated_at = EXCLUDED.updated_at""" + GUARD,
                invoiceId, sequence, timestamp(at)) == 1;
    }

    void clear() {
        jdbc.update("DELETE FROM invoices");
    }
}
