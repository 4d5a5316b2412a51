package iq.tsh.erp.query.sales;

import iq.tsh.erp.api.common.DocumentLine;
import iq.tsh.erp.api.sales.InvoiceData;
import iq.tsh.erp.query.common.SequencedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One invoice in the {@code invoices} read table; it remembers the last event it applied, so replays change nothing. */
@Entity
@Table(name = "invoices")
class InvoiceRow extends SequencedRow {

    @Id
    @Column(name = "invoice_id")
    private String invoiceId;
    private String number;
    @Column(name = "customer_id")
    private String customerId;
    @Column(name = "customer_name")
    private String customerName;
    private String status;
    @Column(name = "invoice_date")
    private LocalDate invoiceDate;
    @Column(name = "due_date")
    private LocalDate dueDate;
    private String currency;
    @Column(name = "exchange_rate")
    private BigDecimal exchangeRate;
    private BigDecimal total;
    private BigDecimal balance;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<DocumentLine> lines = new ArrayList<>();
    private boolean voided;
    private boolean deleted;
    @Column(name = "zoho_modified_at")
    private Instant zohoModifiedAt;

    protected InvoiceRow() {
        // for JPA
    }

    InvoiceRow(String invoiceId) {
        this.invoiceId = invoiceId;
    }

    void invoice(InvoiceData invoice, Instant modifiedAt, boolean isVoid) {
        number = invoice.number();
        customerId = invoice.customerId();
        customerName = invoice.customerName();
        status = invoice.status();
        invoiceDate = invoice.date();
        dueDate = invoice.dueDate();
        currency = invoice.currency();
        exchangeRate = invoice.exchangeRate();
        total = invoice.totals().total();
        balance = invoice.totals().balance();
        lines = new ArrayList<>(invoice.lines());
        zohoModifiedAt = modifiedAt;
        voided = isVoid || "void".equals(invoice.status());
        deleted = false;
    }

    void delete() {
        deleted = true;
    }
}
