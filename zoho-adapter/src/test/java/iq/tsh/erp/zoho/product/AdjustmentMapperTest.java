package iq.tsh.erp.zoho.product;

import static iq.tsh.erp.zoho.ZohoSamples.errorFields;
import static iq.tsh.erp.zoho.ZohoSamples.recordOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import iq.tsh.erp.api.common.Decimals;
import iq.tsh.erp.api.product.AdjustStock;
import iq.tsh.erp.api.product.ProductId;
import iq.tsh.erp.zoho.parse.ZohoRecord;
import iq.tsh.erp.zoho.webhook.DeliveryEvent;
import iq.tsh.erp.zoho.webhook.RecordCommand;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdjustmentMapperTest {

    private static final ProductId OIL = ProductId.ofItem("5128640000000001001");
    private static final ProductId SUGAR = ProductId.ofItem("5128640000000001002");
    private static final String BAGHDAD = "5128640000000038080";

    private final AdjustmentMapper mapper = new AdjustmentMapper();

    private static ObjectNode adjustment(String file) {
        return (ObjectNode) recordOf(file);
    }

    private static ObjectNode line(ObjectNode adjustment, int index) {
        return (ObjectNode) adjustment.get("line_items").get(index);
    }

    private List<AdjustStock> adjust(ZohoRecord adjustment, DeliveryEvent event) {
        return mapper.commands(adjustment, event).stream().map(command -> (AdjustStock) command.command()).toList();
    }

    private List<AdjustStock> adjust(ObjectNode adjustment, DeliveryEvent event) {
        return adjust(ZohoRecord.root(adjustment), event);
    }

    /** Quantities in canonical form, so that -3 and -3.00 compare equal. */
    private static List<BigDecimal> quantities(List<AdjustStock> adjustments) {
        return adjustments.stream().map(adjustment -> Decimals.normalize(adjustment.quantity())).toList();
    }

    @Test
    void writesOffEachLineOnItsProductAtItsLocation() {
        List<AdjustStock> adjustments = adjust(adjustment("inventoryadjustment-created-1.json"), DeliveryEvent.CREATED);

        assertThat(adjustments)
                .extracting(AdjustStock::productId, AdjustStock::lineItemId, AdjustStock::locationId,
                        adjustment -> Decimals.normalize(adjustment.quantity()))
                .containsExactly(
                        tuple(OIL, "5128640000000530001", BAGHDAD, new BigDecimal("-3")),
                        tuple(SUGAR, "5128640000000530002", BAGHDAD, new BigDecimal("-1")));
    }

    @Test
    void carriesTheAdjustmentIdDateReasonAndLocationName() {
        AdjustStock first = adjust(adjustment("inventoryadjustment-created-1.json"), DeliveryEvent.CREATED).get(0);

        assertThat(first.adjustmentId()).isEqualTo("5128640000000006001");
        assertThat(first.date()).isEqualTo(LocalDate.of(2025, 3, 19));
        assertThat(first.reason()).isEqualTo("تلف أثناء النقل");
        assertThat(first.locationName()).isEqualTo("المخزن الرئيسي - بغداد");
    }

    @Test
    void targetsTheProductOfEachLine() {
        List<RecordCommand> commands = mapper.commands(
                ZohoRecord.root(adjustment("inventoryadjustment-created-1.json")), DeliveryEvent.CREATED);

        assertThat(commands).extracting(RecordCommand::aggregateId).containsExactly(OIL.value(), SUGAR.value());
    }

    @Test
    void statesTheEditedLinesWholeQuantity() {
        // The product applies the difference from -3 itself: the mapper states the line as it is now.
        List<AdjustStock> adjustments = adjust(adjustment("inventoryadjustment-updated-1.json"), DeliveryEvent.UPDATED);

        assertThat(quantities(adjustments)).containsExactly(new BigDecimal("-4"), new BigDecimal("-1"));
    }

    @Test
    void statesZeroForEveryLineOfADeletedAdjustment() {
        List<AdjustStock> adjustments = adjust(adjustment("inventoryadjustment-deleted-1.json"), DeliveryEvent.DELETED);

        assertThat(adjustments).hasSize(2);
        assertThat(quantities(adjustments)).containsOnly(BigDecimal.ZERO);
    }

    @Test
    void statesZeroForEveryLineOfADraft() {
        ObjectNode draft = adjustment("inventoryadjustment-created-1.json");
        draft.put("status", "draft");

        List<AdjustStock> adjustments = adjust(draft, DeliveryEvent.UPDATED);

        assertThat(adjustments).hasSize(2);
        assertThat(quantities(adjustments)).containsOnly(BigDecimal.ZERO);
    }

    @Test
    void leavesStockAloneForAValueAdjustment() {
        ZohoRecord revaluation = ZohoRecord.root(adjustment("inventoryadjustment-created-2.json"));

        assertThat(adjust(revaluation, DeliveryEvent.CREATED)).isEmpty();
        assertThat(revaluation.errors().isEmpty()).isTrue();
    }

    @Test
    void takesTheHeaderLocationForALineWithoutOne() {
        ObjectNode adjustment = adjustment("inventoryadjustment-created-1.json");
        line(adjustment, 0).remove(List.of("location_id", "location_name", "warehouse_id", "warehouse_name"));
        adjustment.put("location_id", "5128640000000038095").put("location_name", "فرع البصرة");

        AdjustStock first = adjust(adjustment, DeliveryEvent.CREATED).get(0);

        assertThat(first.locationId()).isEqualTo("5128640000000038095");
        assertThat(first.locationName()).isEqualTo("فرع البصرة");
    }

    @Test
    void reportsALineWithoutItemIdAtItsPath() {
        ObjectNode adjustment = adjustment("inventoryadjustment-created-1.json");
        line(adjustment, 0).remove("item_id");
        ZohoRecord record = ZohoRecord.root(adjustment);

        adjust(record, DeliveryEvent.CREATED);

        assertThat(errorFields(record)).containsExactly("line_items[0].item_id");
    }

    @Test
    void reportsAMissingAdjustmentIdAndSendsNothing() {
        ObjectNode adjustment = adjustment("inventoryadjustment-created-1.json");
        adjustment.remove("inventory_adjustment_id");
        ZohoRecord record = ZohoRecord.root(adjustment);

        assertThat(adjust(record, DeliveryEvent.CREATED)).isEmpty();
        assertThat(errorFields(record)).containsExactly("inventory_adjustment_id");
    }
}
