package iq.tsh.erp.zoho.sales;

import iq.tsh.erp.api.common.DocumentLine;
import iq.tsh.erp.api.sales.CreditNoteData;
import iq.tsh.erp.api.sales.CreditNoteId;
import iq.tsh.erp.api.sales.DeleteCreditNote;
import iq.tsh.erp.api.sales.DocumentTotals;
import iq.tsh.erp.api.sales.SyncCreditNote;
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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A Zoho credit note as {@link SyncCreditNote}, or {@link DeleteCreditNote} for a delete (which needs only the id).
 * Zoho documents {@code updated_time} as the credit note's clock; snapshots carrying only
 * {@code last_modified_time} are timed by that instead. The invoices a credit concerns come from its applications
 * ({@code invoices[]}) and from lines raised against an invoice.
 */
@Component
class CreditNoteMapper implements RecordMapper {

    private final String baseCurrency;

    CreditNoteMapper(ZohoWebhookSettings settings) {
        this.baseCurrency = settings.baseCurrency();
    }

    @Override
    public WebhookKind kind() {
        return WebhookKind.CREDIT_NOTES;
    }

    @Override
    public List<RecordCommand> commands(ZohoRecord creditNote, DeliveryEvent event) {
        String zohoId = creditNote.requiredId("creditnote_id");
        Instant updated = creditNote.has("updated_time") ? creditNote.instant("updated_time")
                : creditNote.instant("last_modified_time");
        if (event.isDelete()) {
            if (zohoId == null) {
                return List.of();
            }
            CreditNoteId id = CreditNoteId.ofZoho(zohoId);
            return List.of(new RecordCommand(id.value(), new DeleteCreditNote(id, updated)));
        }
        // Every field is read before deciding, so that one 422 names all that is wrong.
        String number = creditNote.requiredText("creditnote_number");
        String customerId = creditNote.id("customer_id");
        String customerName = creditNote.text("customer_name");
        String referenceNumber = creditNote.text("reference_number");
        String status = SalesFields.status(creditNote);
        LocalDate date = creditNote.date("date");
        String currency = SalesFields.currency(creditNote, baseCurrency);
        BigDecimal exchangeRate = creditNote.decimal("exchange_rate");
        Set<String> invoiceIds = new LinkedHashSet<>();
        for (ZohoRecord application : creditNote.objects("invoices")) {
            addIfPresent(invoiceIds, application.id("invoice_id"));
        }
        List<DocumentLine> lines = DocumentLines.read(creditNote);
        DocumentTotals totals = SalesFields.totals(creditNote);
        String locationId = SalesFields.locationId(creditNote);
        // DocumentLine has no invoice id, so the lines are walked once more; only for a record usable so far,
        // because a malformed line_items would otherwise be reported twice (and the record is refused anyway).
        if (creditNote.errors().isEmpty()) {
            for (ZohoRecord line : creditNote.objects("line_items")) {
                addIfPresent(invoiceIds, line.id("invoice_id"));
            }
        }
        if (zohoId == null || !creditNote.errors().isEmpty()) {
            return List.of();
        }
        CreditNoteData data = new CreditNoteData(number, referenceNumber, customerId, customerName, status, date,
                currency, exchangeRate, lines, new ArrayList<>(invoiceIds), totals, locationId);
        CreditNoteId id = CreditNoteId.ofZoho(zohoId);
        return List.of(new RecordCommand(id.value(), new SyncCreditNote(id, data, updated)));
    }

    private static void addIfPresent(Set<String> ids, String id) {
        if (id != null) {
            ids.add(id);
        }
    }
}
