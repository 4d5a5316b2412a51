package iq.tsh.erp.zoho.pricing;

import static iq.tsh.erp.zoho.ZohoSamples.errorFields;
import static iq.tsh.erp.zoho.ZohoSamples.recordOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import iq.tsh.erp.api.pricing.DeletePriceList;
import iq.tsh.erp.api.pricing.PriceBook;
import iq.tsh.erp.api.pricing.PriceDirection;
import iq.tsh.erp.api.pricing.PriceListData;
import iq.tsh.erp.api.pricing.PriceListId;
import iq.tsh.erp.api.pricing.PriceListItem;
import iq.tsh.erp.api.pricing.PriceListStatus;
import iq.tsh.erp.api.pricing.PriceListType;
import iq.tsh.erp.api.pricing.SyncPriceList;
import iq.tsh.erp.zoho.ZohoSamples;
import iq.tsh.erp.zoho.parse.ZohoRecord;
import iq.tsh.erp.zoho.webhook.DeliveryEvent;
import iq.tsh.erp.zoho.webhook.RecordCommand;
import iq.tsh.erp.zoho.webhook.ZohoWebhookSettings;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class PriceBookMapperTest {

    private static final String BAGHDAD_WHOLESALE = "5128640000000007101";
    private static final String OIL = "5128640000000001001";
    private static final String SUGAR = "5128640000000001002";
    private static final String TEA = "5128640000000001003";

    private final PriceBookMapper mapper =
            new PriceBookMapper(new ZohoWebhookSettings(null, null, null, DataSize.ofMegabytes(1), "IQD"));

    private PriceListData synced(JsonNode book) {
        ZohoRecord record = ZohoRecord.root(book);
        List<RecordCommand> commands = mapper.commands(record, DeliveryEvent.CREATED);
        assertThat(errorFields(record)).isEmpty();
        assertThat(commands).singleElement().extracting(RecordCommand::command).isInstanceOf(SyncPriceList.class);
        return ((SyncPriceList) commands.get(0).command()).priceList();
    }

    private List<String> errorsOf(JsonNode book, DeliveryEvent event) {
        ZohoRecord record = ZohoRecord.root(book);
        assertThat(mapper.commands(record, event)).isEmpty();
        return errorFields(record);
    }

    private static ObjectNode book(String file) {
        return (ObjectNode) recordOf(file);
    }

    private static PriceListItem item(String itemId, long rate) {
        return new PriceListItem(itemId, BigDecimal.valueOf(rate));
    }

    @Test
    void targetsThePriceListAggregate() {
        List<RecordCommand> commands = mapper.commands(ZohoRecord.root(book("pricebook-created-1.json")),
                DeliveryEvent.CREATED);

        assertThat(commands).extracting(RecordCommand::aggregateId).containsExactly("pricebook:" + BAGHDAD_WHOLESALE);
        assertThat(((SyncPriceList) commands.get(0).command()).priceListId())
                .isEqualTo(PriceListId.ofPriceBook(BAGHDAD_WHOLESALE));
    }

    @Test
    void mapsEveryFieldOfAPerItemList() {
        assertThat(synced(book("pricebook-created-1.json"))).isEqualTo(new PriceListData(BAGHDAD_WHOLESALE,
                "جملة - بغداد", "Wholesale Baghdad, per-item IQD prices", "IQD", PriceListStatus.ACTIVE,
                PriceListType.PER_ITEM, null, null, "no_rounding", 0,
                List.of(item(OIL, 17250), item(SUGAR, 59500)), null));
    }

    @Test
    void mapsAPercentageMarkdownWithoutItems() {
        assertThat(synced(book("pricebook-created-2.json"))).isEqualTo(new PriceListData("5128640000000007102",
                "VIP Retail USD -8%", null, "USD", PriceListStatus.ACTIVE, PriceListType.PERCENTAGE,
                BigDecimal.valueOf(8), PriceDirection.MARKDOWN, "round_to_dollar_minus_01", 2, List.of(), null));
    }

    @Test
    void readsAnIncreaseAsMarkup() {
        ObjectNode book = book("pricebook-created-2.json");
        book.put("is_increase", true);

        assertThat(synced(book).direction()).isEqualTo(PriceDirection.MARKUP);
    }

    @Test
    void mapsTheChangedAndAddedRatesOfTheUpdatedList() {
        assertThat(synced(book("pricebook-updated-1.json")).items())
                .containsExactly(item(OIL, 17750), item(SUGAR, 59500), item(TEA, 9000));
    }

    @Test
    void mapsTheSameItemsInAnyOrderToEqualData() {
        ObjectNode reordered = book("pricebook-updated-1.json");
        ArrayNode items = reordered.withArray("pricebook_items");
        JsonNode first = items.remove(0);
        items.add(first);

        assertThat(synced(reordered)).isEqualTo(synced(book("pricebook-updated-1.json")));
    }

    @Test
    void recognisesATshBookByItsCode() {
        ObjectNode book = book("pricebook-created-1.json");
        book.put("name", "consumer_iqd");

        assertThat(synced(book).book()).isEqualTo(PriceBook.CONSUMER_IQD);
    }

    @Test
    void recognisesATshBookByItsArabicName() {
        ObjectNode book = book("pricebook-created-2.json");
        book.put("name", "جملة أ");

        assertThat(synced(book).book()).isEqualTo(PriceBook.WHOLESALE_A);
    }

    @Test
    void readsAnInactiveList() {
        ObjectNode book = book("pricebook-created-1.json");
        book.put("status", "inactive");

        assertThat(synced(book).status()).isEqualTo(PriceListStatus.INACTIVE);
    }

    @Test
    void mapsADeleteToOneDeletePriceList() {
        List<RecordCommand> commands = mapper.commands(ZohoRecord.root(book("pricebook-created-1.json")),
                DeliveryEvent.DELETED);

        assertThat(commands).extracting(RecordCommand::command)
                .containsExactly(new DeletePriceList(PriceListId.ofPriceBook(BAGHDAD_WHOLESALE)));
    }

    @Test
    void reportsAMissingIdAndName() {
        assertThat(errorsOf(ZohoSamples.parse("{\"currency_code\":\"IQD\"}"), DeliveryEvent.CREATED))
                .containsExactlyInAnyOrder("pricebook_id", "name");
    }

    @Test
    void reportsAMissingIdOfADeleteAndNothingElse() {
        assertThat(errorsOf(ZohoSamples.parse("{\"name\":\"retailer\"}"), DeliveryEvent.DELETED))
                .containsExactly("pricebook_id");
    }

    @Test
    void reportsAnItemWithoutItemIdAtItsPath() {
        ObjectNode book = book("pricebook-updated-1.json");
        ((ObjectNode) book.withArray("pricebook_items").get(1)).put("item_id", "");

        assertThat(errorsOf(book, DeliveryEvent.UPDATED)).containsExactly("pricebook_items[1].item_id");
    }

    @Test
    void reportsARateThatIsNotANumber() {
        ObjectNode book = book("pricebook-updated-1.json");
        ((ObjectNode) book.withArray("pricebook_items").get(0)).put("pricebook_rate", "cheap");
        ((ObjectNode) book.withArray("pricebook_items").get(2)).remove("pricebook_rate");

        assertThat(errorsOf(book, DeliveryEvent.UPDATED))
                .containsExactly("pricebook_items[0].pricebook_rate", "pricebook_items[2].pricebook_rate");
    }

    @Test
    void reportsUnknownTypeStatusAndDecimalPlaces() {
        ObjectNode book = book("pricebook-created-2.json");
        book.put("pricebook_type", "volume");
        book.put("status", "archived");
        book.put("decimal_place", "2.5");

        assertThat(errorsOf(book, DeliveryEvent.CREATED))
                .containsExactlyInAnyOrder("pricebook_type", "status", "decimal_place");
    }
}
