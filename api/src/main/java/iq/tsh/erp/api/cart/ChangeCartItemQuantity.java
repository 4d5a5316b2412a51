package iq.tsh.erp.api.cart;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Set how many units of a product already in the cart the customer wants; answers {@link CartContents}. */
public record ChangeCartItemQuantity(
        @TargetAggregateIdentifier CartId cartId, String customerId, String itemId, int quantity, Instant at) {
}
