package iq.tsh.erp.api.cart;

import java.util.Objects;

/** The cart badge of the home page; answers {@link CartBadge}. */
public record FindCartBadge(String customerId) {

    public FindCartBadge {
        Objects.requireNonNull(customerId, "customerId");
    }
}
