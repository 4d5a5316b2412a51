package iq.tsh.erp.api.cart;

import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Put {@code quantity} units of a product into the customer's cart (more of it when it is already there); answers
 * {@link CartContents}. The sender prices the product (the catalogue's price in the customer's book) and the cart
 * keeps that as the line's snapshot.
 */
public record AddCartItem(
        @TargetAggregateIdentifier CartId cartId,
        String customerId,
        String itemId,
        int quantity,
        BigDecimal unitPrice,
        String currency,
        Instant at) {
}
