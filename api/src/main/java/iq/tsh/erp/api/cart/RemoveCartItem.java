package iq.tsh.erp.api.cart;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take a product out of the cart; answers {@link CartContents}. */
public record RemoveCartItem(@TargetAggregateIdentifier CartId cartId, String customerId, String itemId, Instant at) {
}
