package iq.tsh.erp.api.product;

import iq.tsh.erp.api.DomainEvent;
import java.time.Instant;

/** The product is no longer sold; its history stays for auditors. */
public record ProductDeleted(ProductId productId, Instant lastModifiedTime) implements DomainEvent {
}
