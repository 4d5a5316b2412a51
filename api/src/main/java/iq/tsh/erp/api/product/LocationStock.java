package iq.tsh.erp.api.product;

import iq.tsh.erp.api.common.Decimals;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Stock of a product at one Zoho location (a warehouse in older organisations).
 * {@code available} is what can be sold now: on hand minus what open orders have committed.
 */
public record LocationStock(String locationId, String name, BigDecimal onHand, BigDecimal available) {

    public LocationStock {
        Objects.requireNonNull(locationId, "locationId");
        onHand = Decimals.normalize(Decimals.orZero(onHand));
        available = Decimals.normalize(Decimals.orZero(available));
    }

    LocationStock plus(BigDecimal quantity) {
        return new LocationStock(locationId, name, onHand.add(quantity), available.add(quantity));
    }
}
