package iq.tsh.erp.zoho.pricing;

import iq.tsh.erp.api.common.Decimals;
import iq.tsh.erp.api.pricing.DeletePriceList;
import iq.tsh.erp.api.pricing.PriceBook;
import iq.tsh.erp.api.pricing.PriceDirection;
import iq.tsh.erp.api.pricing.PriceListData;
import iq.tsh.erp.api.pricing.PriceListId;
import iq.tsh.erp.api.pricing.PriceListItem;
import iq.tsh.erp.api.pricing.PriceListStatus;
import iq.tsh.erp.api.pricing.PriceListType;
import iq.tsh.erp.api.pricing.SyncPriceList;
import iq.tsh.erp.zoho.parse.ZohoRecord;
import iq.tsh.erp.zoho.webhook.DeliveryEvent;
import iq.tsh.erp.zoho.webhook.RecordCommand;
import iq.tsh.erp.zoho.webhook.RecordMapper;
import iq.tsh.erp.zoho.webhook.WebhookKind;
import iq.tsh.erp.zoho.webhook.ZohoWebhookSettings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * A Zoho price book as {@link SyncPriceList}, or {@link DeletePriceList} for a delete. Zoho has no price-list webhook:
 * these records come from an automation or the catch-up job, in the shape of {@code GET /pricebooks/{id}}. Zoho sends
 * a percentage of 0 on per-item lists, where it means nothing: we keep percentage and direction for percentage lists
 * only. The list is one of the six TSH books when its name says so.
 */
@Component
class PriceBookMapper implements RecordMapper {

    private final String baseCurrency;

    PriceBookMapper(ZohoWebhookSettings settings) {
        this.baseCurrency = settings.baseCurrency();
    }

    @Override
    public WebhookKind kind() {
        return WebhookKind.PRICES;
    }

    @Override
    public List<RecordCommand> commands(ZohoRecord book, DeliveryEvent event) {
        String pricebookId = book.requiredId("pricebook_id");
        if (event.isDelete()) {
            return pricebookId == null ? List.of()
                    : List.of(command(new DeletePriceList(PriceListId.ofPriceBook(pricebookId))));
        }
        String name = book.requiredText("name");
        String description = book.text("description");
        String currency = book.text("currency_code");
        PriceListStatus status = status(book);
        PriceListType type = type(book);
        BigDecimal percentage = book.decimal("percentage");
        Boolean increase = book.bool("is_increase");
        String roundingType = book.text("rounding_type");
        Integer decimalPlaces = decimalPlaces(book);
        List<PriceListItem> items = items(book);
        if (pricebookId == null || name == null || status == null || type == null || !book.errors().isEmpty()) {
            return List.of();
        }
        boolean byPercentage = type == PriceListType.PERCENTAGE;
        PriceListData data = new PriceListData(pricebookId, name, description,
                currency == null ? baseCurrency : currency.toUpperCase(Locale.ROOT), status, type,
                byPercentage ? Decimals.orZero(percentage) : null,
                byPercentage ? (Boolean.TRUE.equals(increase) ? PriceDirection.MARKUP : PriceDirection.MARKDOWN) : null,
                roundingType, decimalPlaces, items, PriceBook.matching(name).orElse(null));
        return List.of(command(new SyncPriceList(PriceListId.ofPriceBook(pricebookId), data)));
    }

    private static RecordCommand command(SyncPriceList command) {
        return new RecordCommand(command.priceListId().value(), command);
    }

    private static RecordCommand command(DeletePriceList command) {
        return new RecordCommand(command.priceListId().value(), command);
    }

    /** {@code active}/{@code inactive}; absent means active, as Zoho creates lists. */
    private static PriceListStatus status(ZohoRecord book) {
        String status = book.text("status");
        if (status == null) {
            return PriceListStatus.ACTIVE;
        }
        return switch (status.toLowerCase(Locale.ROOT)) {
            case "active" -> PriceListStatus.ACTIVE;
            case "inactive" -> PriceListStatus.INACTIVE;
            default -> {
                book.reject("status", "must be active or inactive, not " + status);
                yield null;
            }
        };
    }

    /** {@code per_item} or {@code fixed_percentage}; absent means per item, Zoho's older and only kind with rates. */
    private static PriceListType type(ZohoRecord book) {
        String type = book.text("pricebook_type");
        if (type == null) {
            return PriceListType.PER_ITEM;
        }
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "per_item" -> PriceListType.PER_ITEM;
            case "fixed_percentage" -> PriceListType.PERCENTAGE;
            default -> {
                book.reject("pricebook_type", "must be per_item or fixed_percentage, not " + type);
                yield null;
            }
        };
    }

    private static Integer decimalPlaces(ZohoRecord book) {
        BigDecimal places = book.decimal("decimal_place");
        if (places == null) {
            return null;
        }
        BigDecimal whole = Decimals.normalize(places);
        if (whole.scale() > 0 || whole.signum() < 0 || whole.compareTo(BigDecimal.TEN) > 0) {
            book.reject("decimal_place", "must be a whole number from 0 to 10, not " + places.toPlainString());
            return null;
        }
        return whole.intValue();
    }

    /** Every item needs its id and a rate that is a number: a price list with a hole would price nothing there. */
    private static List<PriceListItem> items(ZohoRecord book) {
        List<PriceListItem> items = new ArrayList<>();
        for (ZohoRecord item : book.objects("pricebook_items")) {
            String itemId = item.requiredId("item_id");
            if (!item.has("pricebook_rate")) {
                item.reject("pricebook_rate", "is required");
            }
            BigDecimal rate = item.decimal("pricebook_rate");
            if (itemId != null && rate != null) {
                items.add(new PriceListItem(itemId, rate));
            }
        }
        return items;
    }
}
