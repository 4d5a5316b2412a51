package iq.tsh.erp.zoho.purchase;

import static iq.tsh.erp.zoho.ZohoSamples.errorFields;
import static iq.tsh.erp.zoho.ZohoSamples.recordOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import iq.tsh.erp.api.common.DocumentLine;
import iq.tsh.erp.api.purchase.BillData;
import iq.tsh.erp.api.purchase.BillId;
import iq.tsh.erp.api.purchase.DeleteBill;
import iq.tsh.erp.api.purchase.SyncBill;
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

class BillMapperTest {

    private static final String BILL_ID = "5128640000000004001";
    private static final String BAGHDAD = "5128640000000038080";

    private final BillMapper mapper =
            new BillMapper(new ZohoWebhookSettings(null, null, null, DataSize.ofMegabytes(1), "IQD"));

    private SyncBill synced(JsonNode bill) {
        ZohoRecord record = ZohoRecord.root(bill);
        List<RecordCommand> commands = mapper.commands(record, DeliveryEvent.CREATED);
        assertThat(errorFields(record)).isEmpty();
        assertThat(commands).singleElement().extracting(RecordCommand::command).isInstanceOf(SyncBill.class);
        return (SyncBill) commands.get(0).command();
    }

    private List<String> errorsOf(JsonNode bill, DeliveryEvent event) {
        ZohoRecord record = ZohoRecord.root(bill);
        assertThat(mapper.commands(record, event)).isEmpty();
        return errorFields(record);
    }

    private static ObjectNode bill(String file) {
        return (ObjectNode) recordOf(file);
    }

    private static BigDecimal number(String value) {
        return new BigDecimal(value);
    }

    @Test
    void targetsTheBillAggregate() {
        List<RecordCommand> commands = mapper.commands(ZohoRecord.root(bill("bill-created-1.json")),
                DeliveryEvent.CREATED);

        assertThat(commands).extracting(RecordCommand::aggregateId).containsExactly("bill:" + BILL_ID);
        assertThat(((SyncBill) commands.get(0).command()).billId()).isEqualTo(BillId.ofBill(BILL_ID));
    }

    @Test
    void mapsEveryFieldOfABillWithItsFreightLine() {
        List<DocumentLine> lines = List.of(
                new DocumentLine("5128640000000510001", "5128640000000001001", "Extra Virgin Olive Oil 1L - Al Wadi",
                        "OIL-WADI-1L", number("600"), "bottle", number("10.25"), null, null, null, BigDecimal.ZERO,
                        number("6150"), BAGHDAD),
                new DocumentLine("5128640000000510002", null, null, null, BigDecimal.ONE, null, number("380"),
                        null, null, null, BigDecimal.ZERO, number("380"), BAGHDAD));

        assertThat(synced(bill("bill-created-1.json")).bill()).isEqualTo(new BillData(BILL_ID, "GFS-2025-0193",
                "PO-00057", "5128640000000002002", "Gulf Food Supplies FZE", "open", LocalDate.of(2025, 3, 10),
                LocalDate.of(2025, 4, 24), "USD", number("1310"), lines, number("6530"), BigDecimal.ZERO,
                number("6530"), number("6530"), BAGHDAD));
    }

    @Test
    void carriesZohosModificationTime() {
        assertThat(synced(bill("bill-created-1.json")).lastModifiedTime())
                .isEqualTo(Instant.parse("2025-03-10T11:48:09Z"));
    }

    @Test
    void mapsThePaymentOfTheUpdatedBill() {
        SyncBill paid = synced(bill("bill-updated-1.json"));

        assertThat(paid.bill().status()).isEqualTo("paid");
        assertThat(paid.bill().balance()).isEqualTo(BigDecimal.ZERO);
        assertThat(paid.bill().total()).isEqualTo(number("6530"));
        assertThat(paid.bill().lines()).hasSize(2);
        assertThat(paid.lastModifiedTime()).isEqualTo(Instant.parse("2025-03-25T06:12:33Z"));
    }

    @Test
    void mapsADeleteToOneDeleteBill() {
        List<RecordCommand> commands = mapper.commands(ZohoRecord.root(bill("bill-deleted-1.json")),
                DeliveryEvent.DELETED);

        assertThat(commands).extracting(RecordCommand::command).containsExactly(new DeleteBill(
                BillId.ofBill("5128640000000004002"), Instant.parse("2025-03-12T05:00:51Z")));
    }

    @Test
    void mapsTheShortDeletedBillAsASnapshotToo() {
        BillData bill = synced(bill("bill-deleted-1.json")).bill();

        assertThat(bill).isEqualTo(new BillData("5128640000000004002", "NAH-7781", null, "5128640000000002004",
                "شركة النهرين للتجارة العامة", "open", LocalDate.of(2025, 3, 10), null, "IQD", null, List.of(),
                null, null, number("2350000"), number("2350000"), null));
    }

    @Test
    void takesTheBaseCurrencyWhenTheBillStatesNone() {
        ObjectNode bill = bill("bill-deleted-1.json");
        bill.remove("currency_code");

        assertThat(synced(bill).bill().currency()).isEqualTo("IQD");
    }

    @Test
    void keepsZohosStatusWordInLowerCase() {
        ObjectNode bill = bill("bill-created-1.json");
        bill.put("status", "Partially_Paid");

        assertThat(synced(bill).bill().status()).isEqualTo("partially_paid");
    }

    @Test
    void readsTheWarehouseOfAnOlderOrganisationAsLocation() {
        ObjectNode bill = bill("bill-deleted-1.json");
        bill.put("warehouse_id", BAGHDAD);

        assertThat(synced(bill).bill().locationId()).isEqualTo(BAGHDAD);
    }

    @Test
    void reportsEveryMissingIdentifyingField() {
        assertThat(errorsOf(ZohoSamples.parse("{\"status\":\"open\",\"total\":10}"), DeliveryEvent.CREATED))
                .containsExactlyInAnyOrder("bill_id", "bill_number", "vendor_id");
    }

    @Test
    void reportsAnEmptyVendorId() {
        ObjectNode bill = bill("bill-created-1.json");
        bill.put("vendor_id", "");

        assertThat(errorsOf(bill, DeliveryEvent.UPDATED)).containsExactly("vendor_id");
    }

    @Test
    void reportsAMissingIdOfADeleteAndNothingElse() {
        assertThat(errorsOf(ZohoSamples.parse("{\"status\":\"open\"}"), DeliveryEvent.DELETED))
                .containsExactly("bill_id");
    }

    @Test
    void reportsWrongTypesAtTheirZohoPaths() {
        ObjectNode bill = bill("bill-created-1.json");
        bill.putObject("bill_id");
        bill.put("total", "a lot");
        bill.put("date", "10/03/2025");
        ((ObjectNode) bill.withArray("line_items").get(1)).remove("quantity");

        assertThat(errorsOf(bill, DeliveryEvent.CREATED))
                .containsExactlyInAnyOrder("bill_id", "total", "date", "line_items[1].quantity");
    }
}
