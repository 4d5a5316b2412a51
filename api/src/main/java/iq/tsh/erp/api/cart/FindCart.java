package iq.tsh.erp.api.cart;

import java.util.Objects;

/**
 * A customer's cart with the price snapshots (checkout's {@code priceWhenAdded}); answers {@link CartContents},
 * empty for a customer without one. Reads its own writes: a change the cart has stored is in the answer.
 */
public record FindCart(String customerId) {

    public FindCart {
        Objects.requireNonNull(customerId, "customerId");
    }
}
