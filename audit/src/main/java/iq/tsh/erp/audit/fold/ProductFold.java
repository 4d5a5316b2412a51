package iq.tsh.erp.audit.fold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import iq.tsh.erp.api.product.ProductDeleted;
import iq.tsh.erp.api.product.ProductSynced;
import iq.tsh.erp.api.product.StockAdjusted;

/**
 * A product: an item snapshot overwrites, a deletion marks it deleted, and a stock adjustment sets the whole stock
 * it states after the move ({@code stockAfter}) and is kept as {@code lastStockAdjustment}. An adjustment does not
 * bring a deleted product back, as in the aggregate: only a new snapshot does.
 */
final class ProductFold {

    static final AggregateFold FOLD = AggregateFold.of("Product")
            .on(ProductSynced.class, Steps::synced)
            .on(ProductDeleted.class, Steps::deleted)
            .on(StockAdjusted.class, ProductFold::stockAdjusted)
            .build();

    private ProductFold() {
    }

    private static void stockAdjusted(ObjectNode state, ObjectNode adjustment) {
        JsonNode stockAfter = adjustment.remove("stockAfter");
        if (stockAfter != null) {
            state.set("stock", stockAfter);
        }
        state.set("lastStockAdjustment", adjustment);
        Steps.notDeletedUnlessSaid(state);
    }
}
