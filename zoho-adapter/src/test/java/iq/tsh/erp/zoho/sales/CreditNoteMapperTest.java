package iq.tsh.erp.zoho.sales;

import static iq.tsh.erp.zoho.ZohoSamples.errorFields;
import static iq.tsh.erp.zoho.ZohoSamples.recordOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import iq.tsh.erp.api.common.DocumentLine;
import iq.tsh.erp.api.sales.CreditNoteData;
import iq.tsh.erp.api.sales.CreditNoteId;
import iq.tsh.erp.api.sales.DeleteCreditNote;
import iq.tsh.erp.api.sales.DocumentTotals;
import iq.tsh.erp.api.sales.SyncCreditNote;
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

class CreditNoteMapperTest {

    private static final String CN_00042 = "5128640000000005001";
    private static final String CN_00043 = "5128640000000005002";
    private static final String INV_000871 = "5128640000000003001";
    private static final String BAGHDAD = "5128640000000038080";
    private static final Instant OPENED = Instant.parse("2025-03-16T09:10:00Z");
    private static final Instant APPLIED = Instant.parse("2025-03-18T10:30:02Z");
    private static final Instant DRAFT_DELETED = Instant.parse("2025-03-17T06:44:10Z");

    private final CreditNoteMapper mapper =
            new CreditNoteMapper(new ZohoWebhookSettings(null, null, null, DataSize.ofMegabytes(1), "IQD"));

    private static ObjectNode creditNote(String file) {
        return (ObjectNode) recordOf(file);
    }

    private SyncCreditNote synced(ObjectNode creditNote) {
        List<RecordCommand> commands = mapper.commands(ZohoRecord.root(creditNote), DeliveryEvent.UPDATED);
        assertThat(commands).singleElement().extracting(RecordCommand::command).isInstanceOf(SyncCreditNote.class);
        return (SyncCreditNote) commands.get(0).command();
    }

    private static BigDecimal number(long value) {
        return BigDecimal.valueOf(value);
    }

    @Test
    void targetsTheCreditNoteAggregateOfTheZohoCreditNote() {
        List<RecordCommand> commands =
                mapper.commands(ZohoRecord.root(creditNote("creditnote-created-1.json")), DeliveryEvent.CREATED);

        assertThat(commands).extracting(RecordCommand::aggregateId).containsExactly("creditnote:" + CN_00042);
        assertThat(((SyncCreditNote) commands.get(0).command()).creditNoteId())
                .isEqualTo(CreditNoteId.ofZoho(CN_00042));
    }

    @Test
    void mapsEveryFieldOfCreditNoteCreated1() {
        DocumentLine brokenBottles = new DocumentLine("5128640000000520001", "5128640000000001001",
                "Extra Virgin Olive Oil 1L - Al Wadi", null, number(2), "bottle", number(18500), number(5), null, null,
                null, number(35150), BAGHDAD);
        CreditNoteData expected = new CreditNoteData("CN-00042", "INV-000871", "5128640000000002001",
                "أسواق الرافدين المركزية", "open", LocalDate.of(2025, 3, 16), "IQD", BigDecimal.ONE,
                List.of(brokenBottles), List.of(INV_000871),
                new DocumentTotals(number(35150), null, null, BigDecimal.ZERO, null, null, number(35150),
                        number(35150)),
                BAGHDAD);

        SyncCreditNote command = synced(creditNote("creditnote-created-1.json"));

        assertThat(command.creditNote()).isEqualTo(expected);
        assertThat(command.updatedTime()).isEqualTo(OPENED);
    }

    @Test
    void mapsTheFullApplicationOfCreditNoteUpdated1() {
        SyncCreditNote command = synced(creditNote("creditnote-updated-1.json"));

        assertThat(command.creditNote().status()).isEqualTo("closed");
        assertThat(command.creditNote().totals().balance()).isEqualTo(BigDecimal.ZERO);
        assertThat(command.creditNote().totals().total()).isEqualTo(number(35150));
        // Named by the application and by the line: listed once.
        assertThat(command.creditNote().invoiceIds()).containsExactly(INV_000871);
        assertThat(command.updatedTime()).isEqualTo(APPLIED);
    }

    @Test
    void listsTheInvoicesOfApplicationsBeforeThoseOfLines() {
        ObjectNode creditNote = creditNote("creditnote-updated-1.json");
        ((ObjectNode) creditNote.get("invoices").get(0)).put("invoice_id", "5128640000000003009");

        assertThat(synced(creditNote).creditNote().invoiceIds())
                .containsExactly("5128640000000003009", INV_000871);
    }

    @Test
    void timesTheCreditNoteByUpdatedTimeRatherThanLastModifiedTime() {
        ObjectNode creditNote = creditNote("creditnote-updated-1.json");
        creditNote.put("last_modified_time", "2025-03-20T09:00:00+0300");

        assertThat(synced(creditNote).updatedTime()).isEqualTo(APPLIED);
    }

    @Test
    void fallsBackToLastModifiedTimeWithoutUpdatedTime() {
        SyncCreditNote draft = synced(creditNote("creditnote-deleted-1.json"));

        assertThat(draft.updatedTime()).isEqualTo(DRAFT_DELETED);
        assertThat(draft.creditNote().lines()).isEmpty();
        assertThat(draft.creditNote().invoiceIds()).isEmpty();
        assertThat(draft.creditNote().status()).isEqualTo("draft");
        assertThat(draft.creditNote().totals().total()).isEqualTo(number(9750));
    }

    @Test
    void mapsADeleteToOneDeleteCreditNote() {
        List<RecordCommand> commands =
                mapper.commands(ZohoRecord.root(creditNote("creditnote-deleted-1.json")), DeliveryEvent.DELETED);

        assertThat(commands).containsExactly(new RecordCommand("creditnote:" + CN_00043,
                new DeleteCreditNote(CreditNoteId.ofZoho(CN_00043), DRAFT_DELETED)));
    }

    @Test
    void needsOnlyTheIdForADelete() {
        ZohoRecord creditNote = ZohoRecord.root(ZohoSamples.parse("{\"creditnote_id\":\"" + CN_00043 + "\"}"));

        assertThat(mapper.commands(creditNote, DeliveryEvent.DELETED)).extracting(RecordCommand::command)
                .containsExactly(new DeleteCreditNote(CreditNoteId.ofZoho(CN_00043), null));
        assertThat(errorFields(creditNote)).isEmpty();
    }

    @Test
    void reportsAMissingIdOfADelete() {
        ZohoRecord creditNote = ZohoRecord.root(ZohoSamples.parse("{\"creditnote_number\":\"CN-00043\"}"));

        assertThat(mapper.commands(creditNote, DeliveryEvent.DELETED)).isEmpty();
        assertThat(errorFields(creditNote)).containsExactly("creditnote_id");
    }

    @Test
    void reportsAMissingIdAndNumber() {
        ObjectNode creditNote = creditNote("creditnote-created-1.json");
        creditNote.remove("creditnote_id");
        creditNote.put("creditnote_number", " ");
        ZohoRecord record = ZohoRecord.root(creditNote);

        assertThat(mapper.commands(record, DeliveryEvent.CREATED)).isEmpty();
        assertThat(errorFields(record)).containsExactly("creditnote_id", "creditnote_number");
    }

    @Test
    void acceptsACreditNoteWithoutCustomer() {
        ObjectNode creditNote = creditNote("creditnote-created-1.json");
        creditNote.remove("customer_id");

        assertThat(synced(creditNote).creditNote().customerId()).isNull();
    }

    @Test
    void reportsALineQuantityThatIsNotANumberAtItsPath() {
        ObjectNode creditNote = creditNote("creditnote-created-1.json");
        ((ObjectNode) creditNote.get("line_items").get(0)).put("quantity", "two");
        ZohoRecord record = ZohoRecord.root(creditNote);

        assertThat(mapper.commands(record, DeliveryEvent.CREATED)).isEmpty();
        assertThat(errorFields(record)).containsExactly("line_items[0].quantity");
    }

    @Test
    void reportsLineItemsThatAreNoArrayOnce() {
        ObjectNode creditNote = creditNote("creditnote-created-1.json");
        creditNote.putObject("line_items");
        ZohoRecord record = ZohoRecord.root(creditNote);

        assertThat(mapper.commands(record, DeliveryEvent.CREATED)).isEmpty();
        assertThat(errorFields(record)).containsExactly("line_items");
    }

    @Test
    void reportsAnApplicationsInvoiceIdOfTheWrongType() {
        ObjectNode creditNote = creditNote("creditnote-updated-1.json");
        ((ObjectNode) creditNote.get("invoices").get(0)).putArray("invoice_id");
        ZohoRecord record = ZohoRecord.root(creditNote);

        assertThat(mapper.commands(record, DeliveryEvent.UPDATED)).isEmpty();
        assertThat(errorFields(record)).containsExactly("invoices[0].invoice_id");
    }

    @Test
    void reportsALinesInvoiceIdOfTheWrongType() {
        ObjectNode creditNote = creditNote("creditnote-created-1.json");
        ((ObjectNode) creditNote.get("line_items").get(0)).putObject("invoice_id");
        ZohoRecord record = ZohoRecord.root(creditNote);

        assertThat(mapper.commands(record, DeliveryEvent.CREATED)).isEmpty();
        assertThat(errorFields(record)).containsExactly("line_items[0].invoice_id");
    }

    @Test
    void reportsAnUpdatedTimeThatIsNoTime() {
        ObjectNode creditNote = creditNote("creditnote-created-1.json");
        creditNote.put("updated_time", "yesterday");
        ZohoRecord record = ZohoRecord.root(creditNote);

        assertThat(mapper.commands(record, DeliveryEvent.UPDATED)).isEmpty();
        assertThat(errorFields(record)).containsExactly("updated_time");
    }
}
