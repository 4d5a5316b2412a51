package iq.tsh.erp.zoho.product;

import iq.tsh.erp.api.common.Money;
import iq.tsh.erp.api.product.CategoryRef;
import iq.tsh.erp.api.product.DeleteProduct;
import iq.tsh.erp.api.product.ProductData;
import iq.tsh.erp.api.product.ProductId;
import iq.tsh.erp.api.product.ProductStatus;
import iq.tsh.erp.api.product.SyncProduct;
import iq.tsh.erp.zoho.parse.ZohoRecord;
import iq.tsh.erp.zoho.webhook.DeliveryEvent;
import iq.tsh.erp.zoho.webhook.RecordCommand;
import iq.tsh.erp.zoho.webhook.RecordMapper;
import iq.tsh.erp.zoho.webhook.WebhookKind;
import iq.tsh.erp.zoho.webhook.ZohoWebhookSettings;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * A Zoho item as {@link SyncProduct}, or {@link DeleteProduct} for a delete. Zoho's item rate is in the
 * organisation's base currency; the Arabic name lives in a custom field, or is the name itself when that is Arabic.
 */
@Component
class ItemMapper implements RecordMapper {

    private final String baseCurrency;

    ItemMapper(ZohoWebhookSettings settings) {
        this.baseCurrency = settings.baseCurrency();
    }

    @Override
    public WebhookKind kind() {
        return WebhookKind.PRODUCTS;
    }

    @Override
    public List<RecordCommand> commands(ZohoRecord item, DeliveryEvent event) {
        String itemId = item.requiredId("item_id");
        Instant lastModified = item.instant("last_modified_time");
        if (event.isDelete()) {
            return itemId == null ? List.of() : List.of(command(new DeleteProduct(ProductId.ofItem(itemId), lastModified)));
        }
        String name = item.requiredText("name");
        ProductStatus status = status(item);
        BigDecimal rate = item.decimal("rate");
        var stock = ItemStock.read(item);
        if (itemId == null || name == null || status == null || !item.errors().isEmpty()) {
            return List.of();
        }
        ProductData product = new ProductData(itemId, name, arabicName(item, name), item.text("sku"),
                item.text("description"), item.text("brand"), item.text("unit"), status,
                new Money(rate == null ? BigDecimal.ZERO : rate, baseCurrency), category(item),
                item.id("image_id"), item.text("image_name"));
        return List.of(command(new SyncProduct(ProductId.ofItem(itemId), product, stock, lastModified)));
    }

    private static RecordCommand command(SyncProduct command) {
        return new RecordCommand(command.productId().value(), command);
    }

    private static RecordCommand command(DeleteProduct command) {
        return new RecordCommand(command.productId().value(), command);
    }

    /** {@code active}/{@code inactive}; a boolean is read as "is active"; absent means active. */
    private static ProductStatus status(ZohoRecord item) {
        String status = item.text("status");
        if (status == null) {
            return ProductStatus.ACTIVE;
        }
        return switch (status.toLowerCase(Locale.ROOT)) {
            case "active", "true" -> ProductStatus.ACTIVE;
            case "inactive", "false" -> ProductStatus.INACTIVE;
            default -> {
                item.reject("status", "must be active or inactive, not " + status);
                yield null;
            }
        };
    }

    private static CategoryRef category(ZohoRecord item) {
        String id = item.id("category_id");
        String name = item.text("category_name");
        return id == null && name == null ? null : new CategoryRef(id, name);
    }

    private static String arabicName(ZohoRecord item, String name) {
        String customField = item.text("cf_arabic_name");
        if (customField != null) {
            return customField;
        }
        for (ZohoRecord field : item.objects("custom_fields")) {
            if ("cf_arabic_name".equals(field.text("api_name")) || "Arabic Name".equalsIgnoreCase(field.text("label"))) {
                String value = field.text("value");
                if (value != null) {
                    return value;
                }
            }
        }
        return containsArabic(name) ? name : null;
    }

    private static boolean containsArabic(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }
}
