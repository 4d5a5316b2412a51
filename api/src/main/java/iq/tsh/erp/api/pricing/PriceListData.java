package iq.tsh.erp.api.pricing;

import iq.tsh.erp.api.common.Decimals;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What we know of a Zoho price list, in our words. Items are kept sorted by item id, because Zoho does not promise an
 * order and a price list has no modification time: equal content is the only way to see nothing changed.
 *
 * @param percentage    how much a {@link PriceListType#PERCENTAGE} list moves rates; {@code null} for per-item lists
 * @param direction     markup or markdown of a percentage list; {@code null} for per-item lists
 * @param roundingType  Zoho's rounding word ({@code no_rounding}, {@code round_to_dollar_minus_01}, ...)
 * @param book          which of the six TSH price books this list is, by its name; {@code null} for any other list
 */
public record PriceListData(
        String pricebookId,
        String name,
        String description,
        String currency,
        PriceListStatus status,
        PriceListType type,
        BigDecimal percentage,
        PriceDirection direction,
        String roundingType,
        Integer decimalPlaces,
        List<PriceListItem> items,
        PriceBook book) {

    public PriceListData {
        Objects.requireNonNull(pricebookId, "pricebookId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(type, "type");
        percentage = Decimals.normalize(percentage);
        items = items == null ? List.of()
                : items.stream().sorted(Comparator.comparing(PriceListItem::itemId)).toList();
    }
}
