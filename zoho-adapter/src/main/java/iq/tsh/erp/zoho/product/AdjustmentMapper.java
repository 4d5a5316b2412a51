package iq.tsh.erp.zoho.product;

import iq.tsh.erp.api.product.AdjustStock;
import iq.tsh.erp.api.product.ProductId;
import iq.tsh.erp.zoho.parse.ZohoRecord;
import iq.tsh.erp.zoho.webhook.DeliveryEvent;
import iq.tsh.erp.zoho.webhook.RecordCommand;
import iq.tsh.erp.zoho.webhook.RecordMapper;
import iq.tsh.erp.zoho.webhook.WebhookKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A Zoho inventory adjustment as one {@link AdjustStock} per quantity line, on the product the line names. Each
 * command states the line's whole quantity; the product applies the difference, so re-deliveries and edits are
 * exact. A deleted or not yet approved (draft) adjustment states zero, which reverses what it applied. Value
 * adjustments carry no quantity and do not touch stock.
 */
@Component
class AdjustmentMapper implements RecordMapper {

    @Override
    public WebhookKind kind() {
        return WebhookKind.STOCK;
    }

    @Override
    public List<RecordCommand> commands(ZohoRecord adjustment, DeliveryEvent event) {
        String adjustmentId = adjustment.requiredId("inventory_adjustment_id");
        LocalDate date = adjustment.date("date");
        String reason = adjustment.text("reason");
        String headerLocationId = first(adjustment.id("location_id"), adjustment.id("warehouse_id"));
        String headerLocationName = first(adjustment.text("location_name"), adjustment.text("warehouse_name"));
        boolean counts = !event.isDelete() && !"draft".equalsIgnoreCase(adjustment.text("status"));

        List<RecordCommand> commands = new ArrayList<>();
        List<ZohoRecord> lines = adjustment.objects("line_items");
        for (int i = 0; i < lines.size(); i++) {
            ZohoRecord line = lines.get(i);
            String itemId = line.requiredId("item_id");
            BigDecimal quantity = line.decimal("quantity_adjusted");
            if (itemId == null || quantity == null) {
                continue;
            }
            String lineId = line.id("line_item_id");
            String locationId = first(first(line.id("location_id"), line.id("warehouse_id")), headerLocationId);
            String locationName = first(first(line.text("location_name"), line.text("warehouse_name")),
                    headerLocationName);
            ProductId productId = ProductId.ofItem(itemId);
            commands.add(new RecordCommand(productId.value(), new AdjustStock(productId, adjustmentId,
                    lineId != null ? lineId : "line-" + i, locationId, locationName,
                    counts ? quantity : BigDecimal.ZERO, date, reason)));
        }
        return adjustmentId == null ? List.of() : commands;
    }

    private static String first(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
    }
}
