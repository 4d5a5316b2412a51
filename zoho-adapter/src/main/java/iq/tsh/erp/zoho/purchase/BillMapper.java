package iq.tsh.erp.zoho.purchase;

import iq.tsh.erp.api.common.DocumentLine;
import iq.tsh.erp.api.purchase.BillData;
import iq.tsh.erp.api.purchase.BillId;
import iq.tsh.erp.api.purchase.DeleteBill;
import iq.tsh.erp.api.purchase.SyncBill;
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
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * A Zoho bill as {@link SyncBill}, or {@link DeleteBill} for a delete (which needs only the bill's id). A bill
 * without {@code currency_code} is in the organisation's base currency; older organisations name the location
 * {@code warehouse_id}.
 */
@Component
class BillMapper implements RecordMapper {

    private final String baseCurrency;

    BillMapper(ZohoWebhookSettings settings) {
        this.baseCurrency = settings.baseCurrency();
    }

    @Override
    public WebhookKind kind() {
        return WebhookKind.BILLS;
    }

    @Override
    public List<RecordCommand> commands(ZohoRecord bill, DeliveryEvent event) {
        String billId = bill.requiredId("bill_id");
        Instant lastModified = bill.instant("last_modified_time");
        if (event.isDelete()) {
            return billId == null ? List.of() : List.of(command(new DeleteBill(BillId.ofBill(billId), lastModified)));
        }
        String number = bill.requiredText("bill_number");
        String vendorId = bill.requiredId("vendor_id");
        String referenceNumber = bill.text("reference_number");
        String vendorName = bill.text("vendor_name");
        String status = bill.text("status");
        LocalDate date = bill.date("date");
        LocalDate dueDate = bill.date("due_date");
        String currency = bill.text("currency_code");
        BigDecimal exchangeRate = bill.decimal("exchange_rate");
        List<DocumentLine> lines = DocumentLines.read(bill);
        BigDecimal subTotal = bill.decimal("sub_total");
        BigDecimal taxTotal = bill.decimal("tax_total");
        BigDecimal total = bill.decimal("total");
        BigDecimal balance = bill.decimal("balance");
        String locationId = first(bill.id("location_id"), bill.id("warehouse_id"));
        if (billId == null || number == null || vendorId == null || !bill.errors().isEmpty()) {
            return List.of();
        }
        BillData data = new BillData(billId, number, referenceNumber, vendorId, vendorName,
                status == null ? null : status.toLowerCase(Locale.ROOT), date, dueDate,
                currency == null ? baseCurrency : currency.toUpperCase(Locale.ROOT), exchangeRate, lines,
                subTotal, taxTotal, total, balance, locationId);
        return List.of(command(new SyncBill(BillId.ofBill(billId), data, lastModified)));
    }

    private static String first(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
    }

    private static RecordCommand command(SyncBill command) {
        return new RecordCommand(command.billId().value(), command);
    }

    private static RecordCommand command(DeleteBill command) {
        return new RecordCommand(command.billId().value(), command);
    }
}
