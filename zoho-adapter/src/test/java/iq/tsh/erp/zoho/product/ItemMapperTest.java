package iq.tsh.erp.zoho.product;

import static iq.tsh.erp.zoho.ZohoSamples.errorFields;
import static iq.tsh.erp.zoho.ZohoSamples.recordOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import iq.tsh.erp.api.common.Money;
import iq.tsh.erp.api.product.CategoryRef;
import iq.tsh.erp.api.product.DeleteProduct;
import iq.tsh.erp.api.product.LocationStock;
import iq.tsh.erp.api.product.ProductData;
import iq.tsh.erp.api.product.ProductId;
import iq.tsh.erp.api.product.ProductStatus;
import iq.tsh.erp.api.product.Stock;
import iq.tsh.erp.api.product.SyncProduct;
import iq.tsh.erp.zoho.ZohoSamples;
import iq.tsh.erp.zoho.parse.ZohoRecord;
import iq.tsh.erp.zoho.webhook.DeliveryEvent;
import iq.tsh.erp.zoho.webhook.RecordCommand;
import iq.tsh.erp.zoho.webhook.ZohoWebhookSettings;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class ItemMapperTest {

    private static final String OIL_ID = "5128640000000001001";
    private static final String OIL_ARABIC = "زيت زيتون بكر ممتاز ١ لتر - الوادي";
    private static final Instant MARCH_2 = Instant.parse("2025-03-02T06:14:55Z");

    private final ItemMapper mapper =
            new ItemMapper(new ZohoWebhookSettings(null, null, null, DataSize.ofMegabytes(1), "IQD"));

    private List<RecordCommand> commands(ZohoRecord item, DeliveryEvent event) {
        return mapper.commands(item, event);
    }

    private SyncProduct synced(JsonNode item) {
        List<RecordCommand> commands = commands(ZohoRecord.root(item), DeliveryEvent.CREATED);
        assertThat(commands).singleElement().extracting(RecordCommand::command).isInstanceOf(SyncProduct.class);
        return (SyncProduct) commands.get(0).command();
    }

    private static ObjectNode item(String file) {
        return (ObjectNode) recordOf(file);
    }

    private static BigDecimal number(long value) {
        return BigDecimal.valueOf(value);
    }

    @Test
    void targetsTheProductOfTheItem() {
        List<RecordCommand> commands = commands(ZohoRecord.root(item("item-created-1.json")), DeliveryEvent.CREATED);

        assertThat(commands).extracting(RecordCommand::aggregateId).containsExactly("item:" + OIL_ID);
        assertThat(((SyncProduct) commands.get(0).command()).productId()).isEqualTo(ProductId.ofItem(OIL_ID));
    }

    @Test
    void mapsTheCatalogueFieldsOfAnItem() {
        assertThat(synced(item("item-created-1.json")).product()).isEqualTo(new ProductData(OIL_ID,
                "Extra Virgin Olive Oil 1L - Al Wadi", OIL_ARABIC, "OIL-WADI-1L",
                "Cold pressed, glass bottle. 12 bottles per carton.", "Al Wadi Al Akhdar", "bottle",
                ProductStatus.ACTIVE, new Money(number(18500), "IQD"),
                new CategoryRef("5128640000000007001", "زيوت وسمن"), "5128640000000088001", "olive-oil-1l.jpg"));
    }

    @Test
    void mapsStockPerLocationPreferringWhatIsNotCommitted() {
        assertThat(synced(item("item-created-1.json")).stock()).isEqualTo(new Stock(number(240), number(228), List.of(
                new LocationStock("5128640000000038080", "المخزن الرئيسي - بغداد", number(200), number(190)),
                new LocationStock("5128640000000038095", "فرع البصرة", number(40), number(38)))));
    }

    @Test
    void carriesZohosModificationTime() {
        assertThat(synced(item("item-created-1.json")).lastModifiedTime()).isEqualTo(MARCH_2);
    }

    @Test
    void takesTheArabicNameFromTheCustomFieldsWhenNotFlattened() {
        ObjectNode item = item("item-created-1.json");
        item.remove("cf_arabic_name");

        assertThat(synced(item).product().nameAr()).isEqualTo(OIL_ARABIC);
    }

    @Test
    void takesTheNameItselfAsArabicNameWhenItIsArabic() {
        ProductData sugar = synced(item("item-created-2.json")).product();

        assertThat(sugar.nameAr()).isEqualTo("سكر أبيض ناعم - كيس ٥٠ كغم").isEqualTo(sugar.name());
    }

    @Test
    void leavesTheArabicNameEmptyForAnEnglishOnlyItem() {
        assertThat(synced(item("item-deleted-1.json")).product().nameAr()).isNull();
    }

    @Test
    void readsAnInactiveItem() {
        assertThat(synced(item("item-deleted-1.json")).product().status()).isEqualTo(ProductStatus.INACTIVE);
    }

    @Test
    void mapsADeleteToOneDeleteProduct() {
        List<RecordCommand> commands = commands(ZohoRecord.root(item("item-deleted-1.json")), DeliveryEvent.DELETED);

        assertThat(commands).extracting(RecordCommand::command).containsExactly(new DeleteProduct(
                ProductId.ofItem("5128640000000001009"), Instant.parse("2025-03-21T07:05:44Z")));
    }

    @Test
    void reportsOnlyTheLocationsObjectOfTheWrongTypesItem() {
        // Everything else in that sample is coercible: numeric item_id, "18,500.000", status true, epoch millis.
        ZohoRecord item = ZohoRecord.root(item("hostile-wrong-types-item.json"));

        assertThat(commands(item, DeliveryEvent.UPDATED)).isEmpty();
        assertThat(item.errors().isEmpty()).isFalse();
        assertThat(errorFields(item)).containsExactly("locations");
    }

    @Test
    void coercesTheWrongTypesItemOnceItsLocationsAreAnArray() {
        ObjectNode item = item("hostile-wrong-types-item.json");
        item.putArray("locations");

        SyncProduct oil = synced(item);

        assertThat(oil.productId()).isEqualTo(ProductId.ofItem(OIL_ID));
        assertThat(oil.product().price()).isEqualTo(new Money(number(18500), "IQD"));
        assertThat(oil.product().status()).isEqualTo(ProductStatus.ACTIVE);
        assertThat(oil.stock()).isEqualTo(new Stock(number(240), number(228), List.of()));
        assertThat(oil.lastModifiedTime()).isEqualTo(MARCH_2);
    }

    @Test
    void reportsAnUnknownStatus() {
        ObjectNode item = item("item-created-1.json");
        item.put("status", "archived");
        ZohoRecord record = ZohoRecord.root(item);

        assertThat(commands(record, DeliveryEvent.UPDATED)).isEmpty();
        assertThat(errorFields(record)).containsExactly("status");
    }

    @Test
    void reportsBothAMissingIdAndAMissingName() {
        ZohoRecord item = ZohoRecord.root(ZohoSamples.parse("{\"rate\":18500,\"status\":\"active\"}"));

        assertThat(commands(item, DeliveryEvent.CREATED)).isEmpty();
        assertThat(errorFields(item)).containsExactlyInAnyOrder("item_id", "name");
    }

    @Test
    void reportsAMissingIdOfADelete() {
        ZohoRecord item = ZohoRecord.root(ZohoSamples.parse("{\"name\":\"Tea\"}"));

        assertThat(commands(item, DeliveryEvent.DELETED)).isEmpty();
        assertThat(errorFields(item)).containsExactly("item_id");
    }
}
