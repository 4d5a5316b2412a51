package iq.tsh.erp.api.cart;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Empty the cart (harmless on an empty one); answers {@link CartContents}. */
public record ClearCart(@TargetAggregateIdentifier CartId cartId, String customerId, Instant at) {
}
