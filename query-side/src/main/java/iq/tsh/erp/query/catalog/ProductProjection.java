package iq.tsh.erp.query.catalog;

import iq.tsh.erp.api.product.ProductDeleted;
import iq.tsh.erp.api.product.ProductSynced;
import iq.tsh.erp.api.product.StockAdjusted;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Projects product events into the {@code products} table. Events of one product arrive in order (the processor
 * sequences per aggregate); the row's last applied sequence makes every handler idempotent.
 */
@Component
@ProcessingGroup(ProductProjection.PROCESSING_GROUP)
class ProductProjection {

    static final String PROCESSING_GROUP = "catalog";

    private final ProductTable products;
    private final SearchWords searchWords;

    ProductProjection(ProductTable products, SearchWords searchWords) {
        this.products = products;
        this.searchWords = searchWords;
    }

    @EventHandler
    void on(ProductSynced event, @SequenceNumber long sequence, @Timestamp Instant at) {
        String itemId = event.productId().itemId();
        if (products.synced(itemId, event.product(), event.lastModifiedTime(), event.stock(), sequence, at)) {
            searchWords.remember(ProductTable.searchKey(event.product()));
        }
    }

    @EventHandler
    void on(StockAdjusted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        products.stock(event.productId().itemId(), event.stockAfter(), sequence, at);
    }

    @EventHandler
    void on(ProductDeleted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        products.deleted(event.productId().itemId(), sequence, at);
    }

    /** A replay rebuilds the table from the first event; rows remember sequences, so they must go first. */
    @ResetHandler
    void reset() {
        products.clear();
        searchWords.forgetAll();
    }
}
