package iq.tsh.erp.api.product;

import iq.tsh.erp.api.common.Decimals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The stock of one product: totals and the split per location. Zoho item snapshots set it absolutely;
 * inventory adjustments move it by a quantity at one location.
 */
public record Stock(BigDecimal onHand, BigDecimal available, List<LocationStock> locations) {

    public static final Stock NONE = new Stock(BigDecimal.ZERO, BigDecimal.ZERO, List.of());

    public Stock {
        onHand = Decimals.normalize(Decimals.orZero(onHand));
        available = Decimals.normalize(Decimals.orZero(available));
        locations = locations == null ? List.of() : List.copyOf(locations);
    }

    /** Stock whose totals are the sums over its locations. */
    public static Stock ofLocations(List<LocationStock> locations) {
        BigDecimal onHand = BigDecimal.ZERO;
        BigDecimal available = BigDecimal.ZERO;
        for (LocationStock location : locations) {
            onHand = onHand.add(location.onHand());
            available = available.add(location.available());
        }
        return new Stock(onHand, available, locations);
    }

    /** The stock after {@code quantity} (negative for a write-off) was added at a location, created if new. */
    public Stock adjustedBy(String locationId, String locationName, BigDecimal quantity) {
        List<LocationStock> adjusted = new ArrayList<>(locations.size() + 1);
        boolean found = false;
        for (LocationStock location : locations) {
            if (location.locationId().equals(locationId)) {
                adjusted.add(location.plus(quantity));
                found = true;
            } else {
                adjusted.add(location);
            }
        }
        if (!found && locationId != null) {
            adjusted.add(new LocationStock(locationId, locationName, quantity, quantity));
        }
        return new Stock(onHand.add(quantity), available.add(quantity), adjusted);
    }
}
