package iq.tsh.erp.api.pricing;

import iq.tsh.erp.api.common.Decimals;
import java.math.BigDecimal;
import java.util.Objects;

/** The price of one item in a per-item price list, in the list's currency (Zoho's {@code pricebook_rate}). */
public record PriceListItem(String itemId, BigDecimal rate) {

    public PriceListItem {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(rate, "rate");
        rate = Decimals.normalize(rate);
    }
}
