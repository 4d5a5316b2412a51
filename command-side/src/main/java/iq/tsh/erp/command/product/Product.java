package iq.tsh.erp.command.product;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import iq.tsh.erp.api.common.SyncOutcome;
import iq.tsh.erp.api.product.AdjustStock;
import iq.tsh.erp.api.product.DeleteProduct;
import iq.tsh.erp.api.product.ProductData;
import iq.tsh.erp.api.product.ProductDeleted;
import iq.tsh.erp.api.product.ProductId;
import iq.tsh.erp.api.product.ProductSynced;
import iq.tsh.erp.api.product.Stock;
import iq.tsh.erp.api.product.StockAdjusted;
import iq.tsh.erp.api.product.SyncProduct;
import iq.tsh.erp.command.zoho.SnapshotRule;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One Zoho item as a product. Zoho is the source of truth and sends whole snapshots, in any order and more than
 * once: the product keeps the newest by Zoho's modification time, says nothing for a snapshot it already has, and
 * counts each inventory adjustment line exactly once. Every Zoho command creates the product if it is new, because
 * Zoho does not promise that the "created" webhook arrives first.
 */
@Aggregate
public class Product {

    @AggregateIdentifier
    private ProductId productId;
    private ProductData product;
    /** Stock as the last item snapshot stated it: the yardstick for "unchanged", before any adjustment. */
    private Stock syncedStock;
    private Stock stock = Stock.NONE;
    private Instant lastModifiedTime;
    private boolean deleted;
    /** Quantity each adjustment line has applied so far, by {@code adjustmentId/lineItemId}. */
    private final Map<String, BigDecimal> appliedLines = new HashMap<>();

    protected Product() {
        // Axon rebuilds the product from its events.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public SyncOutcome handle(SyncProduct command) {
        SyncOutcome outcome = SnapshotRule.judge(lastModifiedTime, deleted, new Snapshot(product, syncedStock),
                command.lastModifiedTime(), new Snapshot(command.product(), command.stock()));
        if (outcome == SyncOutcome.ACCEPTED) {
            apply(new ProductSynced(command.productId(), command.product(), command.stock(),
                    command.lastModifiedTime()));
        }
        return outcome;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public SyncOutcome handle(DeleteProduct command) {
        // A delete is final whatever its snapshot's time: Zoho cannot edit a deleted item.
        if (deleted) {
            return SyncOutcome.UNCHANGED;
        }
        apply(new ProductDeleted(command.productId(), SnapshotRule.newest(lastModifiedTime, command.lastModifiedTime())));
        return SyncOutcome.ACCEPTED;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public SyncOutcome handle(AdjustStock command) {
        String line = command.adjustmentId() + "/" + command.lineItemId();
        BigDecimal quantity = command.quantity();
        BigDecimal difference = quantity.subtract(appliedLines.getOrDefault(line, BigDecimal.ZERO));
        if (difference.signum() == 0) {
            return SyncOutcome.UNCHANGED;
        }
        Stock after = stock.adjustedBy(command.locationId(), command.locationName(), difference);
        apply(new StockAdjusted(command.productId(), command.adjustmentId(), command.lineItemId(),
                command.locationId(), command.locationName(), difference, quantity, command.date(),
                command.reason(), after));
        return SyncOutcome.ACCEPTED;
    }

    /** What a Zoho item snapshot states; stock adjustments since then do not make the same snapshot new. */
    private record Snapshot(ProductData product, Stock stock) {
    }

    @EventSourcingHandler
    void on(ProductSynced event) {
        productId = event.productId();
        product = event.product();
        syncedStock = event.stock();
        stock = event.stock();
        lastModifiedTime = SnapshotRule.newest(lastModifiedTime, event.lastModifiedTime());
        deleted = false;
    }

    @EventSourcingHandler
    void on(ProductDeleted event) {
        productId = event.productId();
        lastModifiedTime = SnapshotRule.newest(lastModifiedTime, event.lastModifiedTime());
        deleted = true;
    }

    @EventSourcingHandler
    void on(StockAdjusted event) {
        productId = event.productId();
        appliedLines.put(event.adjustmentId() + "/" + event.lineItemId(), event.lineQuantity());
        stock = event.stockAfter();
    }
}
