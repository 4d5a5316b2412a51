package iq.tsh.erp.zoho.sales;

import iq.tsh.erp.api.common.DocumentLine;
import iq.tsh.erp.api.sales.DeleteInvoice;
import iq.tsh.erp.api.sales.DocumentTotals;
import iq.tsh.erp.api.sales.InvoiceData;
import iq.tsh.erp.api.sales.InvoiceId;
import iq.tsh.erp.api.sales.SyncInvoice;
import iq.tsh.erp.zoho.parse.DocumentLines;
import iq.tsh.erp.zoho.parse.ZohoRecord;
import iq.tsh.erp.zoho.webhook.DeliveryEvent;
import iq.tsh.erp.zoho.webhook.RecordCommand;
import iq.tsh.erp.zoho.webhook.RecordMapper;
import iq.tsh.erp.zoho.webhook.WebhookKind;
import iq.tsh.erp.zoho.webhook.ZohoWebhookSettings;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A Zoho invoice as {@link SyncInvoice}, or {@link DeleteInvoice} for a delete (which needs only the id). An
 * invoice needs its id, its number and its customer; everything else is taken as Zoho sends it, and staleness is
 * left to the Invoice aggregate, which knows what it has seen.
 */
@Component
class InvoiceMapper implements RecordMapper {

    private final String baseCurrency;

    InvoiceMapper(ZohoWebhookSettings settings) {
        this.baseCurrency = settings.baseCurrency();
    }

    @Override
    public WebhookKind kind() {
        return WebhookKind.INVOICES;
    }

    @Override
    public List<RecordCommand> commands(ZohoRecord invoice, DeliveryEvent event) {
        String zohoId = invoice.requiredId("invoice_id");
        Instant lastModified = invoice.instant("last_modified_time");
        if (event.isDelete()) {
            if (zohoId == null) {
                return List.of();
            }
            InvoiceId id = InvoiceId.ofZoho(zohoId);
            return List.of(new RecordCommand(id.value(), new DeleteInvoice(id, lastModified)));
        }
        // Every field is read before deciding, so that one 422 names all that is wrong.
        String number = invoice.requiredText("invoice_number");
        String customerId = invoice.requiredId("customer_id");
        String customerName = invoice.text("customer_name");
        String referenceNumber = invoice.text("reference_number");
        String status = SalesFields.status(invoice);
        LocalDate date = invoice.date("date");
        LocalDate dueDate = invoice.date("due_date");
        String currency = SalesFields.currency(invoice, baseCurrency);
        BigDecimal exchangeRate = invoice.decimal("exchange_rate");
        List<DocumentLine> lines = DocumentLines.read(invoice);
        DocumentTotals totals = SalesFields.totals(invoice);
        String locationId = SalesFields.locationId(invoice);
        if (zohoId == null || !invoice.errors().isEmpty()) {
            return List.of();
        }
        InvoiceData data = new InvoiceData(number, referenceNumber, customerId, customerName, status, date, dueDate,
                currency, exchangeRate, lines, totals, locationId);
        InvoiceId id = InvoiceId.ofZoho(zohoId);
        return List.of(new RecordCommand(id.value(), new SyncInvoice(id, data, lastModified)));
    }
}
