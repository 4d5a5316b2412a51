package iq.tsh.erp.zoho.sales;

import static iq.tsh.erp.zoho.ZohoSamples.errorFields;
import static iq.tsh.erp.zoho.ZohoSamples.recordOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import iq.tsh.erp.api.common.DocumentLine;
import iq.tsh.erp.api.sales.DeleteInvoice;
import iq.tsh.erp.api.sales.DocumentTotals;
import iq.tsh.erp.api.sales.InvoiceData;
import iq.tsh.erp.api.sales.InvoiceId;
import iq.tsh.erp.api.sales.SyncInvoice;
import iq.tsh.erp.zoho.ZohoSamples;
import iq.tsh.erp.zoho.parse.ZohoRecord;
import iq.tsh.erp.zoho.webhook.DeliveryEvent;
import iq.tsh.erp.zoho.webhook.RecordCommand;
import iq.tsh.erp.zoho.webhook.ZohoWebhookSettings;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class InvoiceMapperTest {

    private static final String INV_000871 = "5128640000000003001";
    private static final String RAFIDAIN = "5128640000000002001";
    private static final String BAGHDAD = "5128640000000038080";
    private static final String BASRA = "5128640000000038095";
    private static final Instant CREATED_1 = Instant.parse("2025-03-14T07:22:31Z");
    private static final Instant UPDATED_1 = Instant.parse("2025-03-18T10:27:12Z");

    private final InvoiceMapper mapper =
            new InvoiceMapper(new ZohoWebhookSettings(null, null, null, DataSize.ofMegabytes(1), "IQD"));

    private static ObjectNode invoice(String file) {
        return (ObjectNode) recordOf(file);
    }

    private static ObjectNode line(ObjectNode invoice, int index) {
        return (ObjectNode) invoice.get("line_items").get(index);
    }

    private SyncInvoice synced(ObjectNode invoice) {
        List<RecordCommand> commands = mapper.commands(ZohoRecord.root(invoice), DeliveryEvent.CREATED);
        assertThat(commands).singleElement().extracting(RecordCommand::command).isInstanceOf(SyncInvoice.class);
        return (SyncInvoice) commands.get(0).command();
    }

    private static BigDecimal number(String value) {
        return new BigDecimal(value);
    }

    private static DocumentLine created1Line(String lineId, String itemId, String name, String sku, long quantity,
                                             String unit, long rate, Long discountPercent, long discountAmount,
                                             long total) {
        return new DocumentLine(lineId, itemId, name, sku, BigDecimal.valueOf(quantity), unit,
                BigDecimal.valueOf(rate), discountPercent == null ? null : BigDecimal.valueOf(discountPercent),
                BigDecimal.valueOf(discountAmount), null, BigDecimal.ZERO, BigDecimal.valueOf(total), BAGHDAD);
    }

    @Test
    void targetsTheInvoiceAggregateOfTheZohoInvoice() {
        List<RecordCommand> commands =
                mapper.commands(ZohoRecord.root(invoice("invoice-created-1.json")), DeliveryEvent.CREATED);

        assertThat(commands).extracting(RecordCommand::aggregateId).containsExactly("invoice:" + INV_000871);
        assertThat(((SyncInvoice) commands.get(0).command()).invoiceId()).isEqualTo(InvoiceId.ofZoho(INV_000871));
    }

    @Test
    void mapsEveryFieldOfInvoiceCreated1() {
        InvoiceData expected = new InvoiceData("INV-000871", "PO-RAF-2025-118", RAFIDAIN, "أسواق الرافدين المركزية",
                "sent", LocalDate.of(2025, 3, 14), LocalDate.of(2025, 4, 13), "IQD", BigDecimal.ONE,
                List.of(
                        created1Line("5128640000000500001", "5128640000000001001",
                                "Extra Virgin Olive Oil 1L - Al Wadi", "OIL-WADI-1L", 24, "bottle", 18500, 5L,
                                22200, 421800),
                        created1Line("5128640000000500002", "5128640000000001002", "سكر أبيض ناعم - كيس ٥٠ كغم",
                                "SUG-WHT-50KG", 10, "كيس", 62000, null, 0, 620000),
                        created1Line("5128640000000500003", "5128640000000001003", "Ahmad Tea Ceylon 500g",
                                "TEA-AHM-500B", 12, "pcs", 9750, null, 0, 117000)),
                new DocumentTotals(number("1158800"), BigDecimal.ZERO, null, BigDecimal.ZERO, number("15000"),
                        BigDecimal.ZERO, number("1173800"), number("1173800")),
                BAGHDAD);

        SyncInvoice command = synced(invoice("invoice-created-1.json"));

        assertThat(command.invoice()).isEqualTo(expected);
        assertThat(command.lastModifiedTime()).isEqualTo(CREATED_1);
    }

    @Test
    void readsLineOneDiscountAsFivePercentWorth22200() {
        DocumentLine oil = synced(invoice("invoice-created-1.json")).invoice().lines().get(0);

        assertThat(oil.discountPercent()).isEqualByComparingTo("5");
        assertThat(oil.discountAmount()).isEqualByComparingTo("22200");
        assertThat(oil.quantity()).isEqualByComparingTo("24");
        assertThat(oil.rate()).isEqualByComparingTo("18500");
        assertThat(oil.total()).isEqualByComparingTo("421800");
    }

    @Test
    void mapsTheUsdInvoiceWithItsExchangeRateAndFractionalAmounts() {
        InvoiceData phones = synced(invoice("invoice-created-2.json")).invoice();

        assertThat(phones.currency()).isEqualTo("USD");
        assertThat(phones.exchangeRate()).isEqualTo(number("1310"));
        assertThat(phones.status()).isEqualTo("draft");
        assertThat(phones.referenceNumber()).isNull();
        assertThat(phones.dueDate()).isEqualTo(LocalDate.of(2025, 3, 15));
        assertThat(phones.locationId()).isEqualTo(BASRA);
        assertThat(phones.lines()).singleElement().satisfies(line -> {
            assertThat(line.rate()).isEqualTo(number("142.5"));
            assertThat(line.total()).isEqualTo(number("712.5"));
            assertThat(line.quantity()).isEqualTo(number("5"));
            assertThat(line.locationId()).isEqualTo(BASRA);
        });
        assertThat(phones.totals()).isEqualTo(new DocumentTotals(number("712.5"), null, null, BigDecimal.ZERO,
                BigDecimal.ZERO, number("-2.5"), number("710"), number("710")));
    }

    @Test
    void mapsThePartPaymentOfInvoiceUpdated1() {
        SyncInvoice command = synced(invoice("invoice-updated-1.json"));

        assertThat(command.invoice().status()).isEqualTo("partially_paid");
        assertThat(command.invoice().totals().balance()).isEqualTo(number("673800"));
        assertThat(command.invoice().totals().total()).isEqualTo(number("1173800"));
        assertThat(command.lastModifiedTime()).isEqualTo(UPDATED_1);
    }

    @Test
    void mapsTheStaleUpdateLikeAnyOtherSnapshotWithItsOlderTime() {
        // Refusing it is the aggregate's job (InvoiceTest): here it must just carry the time that makes it stale.
        SyncInvoice stale = synced(invoice("hostile-stale-update-invoice.json"));

        assertThat(stale.lastModifiedTime()).isEqualTo(CREATED_1).isBefore(UPDATED_1);
        assertThat(stale.invoice()).isEqualTo(synced(invoice("invoice-created-1.json")).invoice());
    }

    @Test
    void mapsTheDuplicateDeliveryToTheSameCommand() {
        assertThat(synced(invoice("hostile-duplicate-of-invoice-created-1.json")))
                .isEqualTo(synced(invoice("invoice-created-1.json")));
    }

    @Test
    void mapsADeleteToOneDeleteInvoice() {
        List<RecordCommand> commands =
                mapper.commands(ZohoRecord.root(invoice("invoice-deleted-1.json")), DeliveryEvent.DELETED);

        assertThat(commands).containsExactly(new RecordCommand("invoice:5128640000000003002", new DeleteInvoice(
                InvoiceId.ofZoho("5128640000000003002"), Instant.parse("2025-03-15T14:31:58Z"))));
    }

    @Test
    void needsOnlyTheIdForADelete() {
        ZohoRecord invoice = ZohoRecord.root(ZohoSamples.parse("{\"invoice_id\":\"5128640000000003002\"}"));

        assertThat(mapper.commands(invoice, DeliveryEvent.DELETED)).extracting(RecordCommand::command)
                .containsExactly(new DeleteInvoice(InvoiceId.ofZoho("5128640000000003002"), null));
        assertThat(errorFields(invoice)).isEmpty();
    }

    @Test
    void reportsAMissingIdOfADelete() {
        ZohoRecord invoice = ZohoRecord.root(ZohoSamples.parse("{\"invoice_number\":\"INV-000872\"}"));

        assertThat(mapper.commands(invoice, DeliveryEvent.DELETED)).isEmpty();
        assertThat(errorFields(invoice)).containsExactly("invoice_id");
    }

    @Test
    void reportsTheMissingInvoiceIdAndTheBlankCustomerIdOfTheHostileSample() {
        ZohoRecord invoice = ZohoRecord.root(invoice("hostile-missing-ids-invoice.json"));

        assertThat(mapper.commands(invoice, DeliveryEvent.CREATED)).isEmpty();
        // Its lines without item_id are not errors: the fourth is a delivery fee booked to an account.
        assertThat(errorFields(invoice)).containsExactly("invoice_id", "customer_id");
    }

    @Test
    void keepsALineWithoutItemAsAnAccountOnlyLine() {
        ObjectNode invoice = invoice("hostile-missing-ids-invoice.json");
        invoice.put("invoice_id", INV_000871);
        invoice.put("customer_id", RAFIDAIN);

        List<DocumentLine> lines = synced(invoice).invoice().lines();

        assertThat(lines).hasSize(4).allSatisfy(line -> assertThat(line.itemId()).isNull());
        assertThat(lines.get(3).name()).isEqualTo("أجور توصيل");
        assertThat(lines.get(3).total()).isEqualTo(number("15000"));
    }

    @Test
    void reportsANumberAndTheCustomerMissing() {
        ZohoRecord invoice = ZohoRecord.root(ZohoSamples.parse("{\"invoice_id\":\"1\",\"status\":\"draft\"}"));

        assertThat(mapper.commands(invoice, DeliveryEvent.CREATED)).isEmpty();
        assertThat(errorFields(invoice)).containsExactly("invoice_number", "customer_id");
    }

    @Test
    void reportsALineQuantityThatIsNotANumberAtItsPath() {
        ObjectNode invoice = invoice("invoice-created-1.json");
        line(invoice, 1).put("quantity", "ten bags");
        ZohoRecord record = ZohoRecord.root(invoice);

        assertThat(mapper.commands(record, DeliveryEvent.UPDATED)).isEmpty();
        assertThat(errorFields(record)).containsExactly("line_items[1].quantity");
    }

    @Test
    void reportsEveryFieldOfTheWrongTypeAtOnce() {
        ObjectNode invoice = invoice("invoice-created-1.json");
        invoice.putObject("customer_id");
        invoice.put("date", "14/03/2025");
        invoice.put("total", "a lot");
        invoice.putArray("status");
        invoice.put("line_items", "none");
        ZohoRecord record = ZohoRecord.root(invoice);

        assertThat(mapper.commands(record, DeliveryEvent.UPDATED)).isEmpty();
        assertThat(errorFields(record))
                .containsExactlyInAnyOrder("customer_id", "date", "total", "status", "line_items");
    }

    @Test
    void readsNumbersSentAsStrings() {
        ObjectNode invoice = invoice("invoice-created-2.json");
        invoice.put("exchange_rate", "1,310");
        invoice.put("adjustment", "-2.50");
        invoice.put("balance", "");

        InvoiceData phones = synced(invoice).invoice();

        assertThat(phones.exchangeRate()).isEqualTo(number("1310"));
        assertThat(phones.totals().adjustment()).isEqualTo(number("-2.5"));
        assertThat(phones.totals().balance()).isNull();
    }

    @Test
    void keepsADocumentDiscountInPercentAsAPercentage() {
        ObjectNode invoice = invoice("invoice-created-1.json");
        invoice.put("discount", "12.5%");

        DocumentTotals totals = synced(invoice).invoice().totals();

        assertThat(totals.discountPercent()).isEqualTo(number("12.5"));
        assertThat(totals.discount()).isNull();
    }

    @Test
    void keepsZohosStatusWordInLowerCase() {
        ObjectNode invoice = invoice("invoice-created-1.json");
        invoice.put("status", "Overdue");

        assertThat(synced(invoice).invoice().status()).isEqualTo("overdue");
    }

    @Test
    void readsTheWarehouseOfAnOlderOrganisationAsTheLocation() {
        ObjectNode invoice = invoice("invoice-created-1.json");
        invoice.remove("location_id");
        invoice.put("warehouse_id", BASRA);

        assertThat(synced(invoice).invoice().locationId()).isEqualTo(BASRA);
    }

    @Test
    void takesTheBaseCurrencyWhenZohoSendsNone() {
        ObjectNode invoice = invoice("invoice-created-1.json");
        invoice.remove("currency_code");

        assertThat(synced(invoice).invoice().currency()).isEqualTo("IQD");
    }
}
