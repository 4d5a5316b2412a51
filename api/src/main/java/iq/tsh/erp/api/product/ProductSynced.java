package iq.tsh.erp.api.product;

import iq.tsh.erp.api.DomainEvent;
import java.time.Instant;

/** The product now is as Zoho's item snapshot says, its stock included (set absolutely, not added). */
public record ProductSynced(ProductId productId, ProductData product, Stock stock, Instant lastModifiedTime) implements DomainEvent {
}
