package iq.tsh.erp.query.catalog;

import iq.tsh.erp.api.product.ProductDeleted;
import iq.tsh.erp.api.product.ProductId;
import iq.tsh.erp.api.product.ProductSynced;
import iq.tsh.erp.api.product.StockAdjusted;
import java.time.Instant;
import java.util.function.Consumer;
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

    private final ProductRows rows;
    private final SearchWords searchWords;

    ProductProjection(ProductRows rows, SearchWords searchWords) {
        this.rows = rows;
        this.searchWords = searchWords;
    }

    @EventHandler
    void on(ProductSynced event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.productId(), sequence, at, row -> {
            row.catalogData(event.product(), event.lastModifiedTime());
            row.listedAt(at);
            searchWords.remember(row.searchKey());
            row.stock(event.stock());
        });
    }

    @EventHandler
    void on(StockAdjusted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.productId(), sequence, at, row -> row.stock(event.stockAfter()));
    }

    @EventHandler
    void on(ProductDeleted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.productId(), sequence, at, ProductRow::delete);
    }

    /** A replay rebuilds the table from the first event; rows remember sequences, so they must go first. */
    @ResetHandler
    void reset() {
        rows.deleteAllInBatch();
        searchWords.forgetAll();
    }

    private void apply(ProductId productId, long sequence, Instant at, Consumer<ProductRow> change) {
        rows.applyOnce(productId.itemId(), ProductRow::new, sequence, at, change);
    }
}
