package iq.tsh.erp.zoho.product;

import iq.tsh.erp.api.product.LocationStock;
import iq.tsh.erp.api.product.Stock;
import iq.tsh.erp.zoho.parse.ZohoRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The absolute stock an item snapshot states. Newer organisations list {@code locations[]}, older ones
 * {@code warehouses[]}. "Available" is what can be sold now: Zoho's {@code actual_available} figures exclude stock
 * committed to open orders, so they are preferred over the plain ones.
 */
final class ItemStock {

    private ItemStock() {
    }

    static Stock read(ZohoRecord item) {
        // Organisations moved from warehouses to locations; when both are sent, locations are the current truth.
        List<LocationStock> locations = new ArrayList<>(places(item, "locations", "location"));
        if (locations.isEmpty()) {
            locations.addAll(places(item, "warehouses", "warehouse"));
        }
        Stock summed = Stock.ofLocations(locations);
        BigDecimal onHand = item.decimal("stock_on_hand");
        BigDecimal available = first(item.decimal("actual_available_stock"), item.decimal("available_stock"));
        return new Stock(first(onHand, summed.onHand()),
                first(available, locations.isEmpty() ? onHand : summed.available()),
                locations);
    }

    private static List<LocationStock> places(ZohoRecord item, String arrayField, String prefix) {
        List<LocationStock> places = new ArrayList<>();
        for (ZohoRecord place : item.objects(arrayField)) {
            String id = place.requiredId(prefix + "_id");
            BigDecimal onHand = place.decimal(prefix + "_stock_on_hand");
            BigDecimal available = first(place.decimal(prefix + "_actual_available_stock"),
                    place.decimal(prefix + "_available_stock"));
            if (id != null) {
                places.add(new LocationStock(id, place.text(prefix + "_name"), onHand, first(available, onHand)));
            }
        }
        return places;
    }

    private static BigDecimal first(BigDecimal preferred, BigDecimal fallback) {
        return preferred != null ? preferred : fallback;
    }
}
