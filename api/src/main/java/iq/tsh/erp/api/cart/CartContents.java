package iq.tsh.erp.api.cart;

import java.time.Instant;
import java.util.List;

/**
 * What a cart holds, in the order products were first added: the answer of every cart command (the state right after
 * it) and of {@link FindCart}.
 *
 * @param updatedAt when the cart last changed, {@code null} for a cart never used (lets a view call it abandoned)
 */
public record CartContents(String customerId, List<CartLine> lines, Instant updatedAt) {

    public CartContents {
        lines = List.copyOf(lines);
    }

    public static CartContents empty(String customerId) {
        return new CartContents(customerId, List.of(), null);
    }

    /** Sum of the quantities: what a cart badge counts. */
    public int itemCount() {
        return lines.stream().mapToInt(CartLine::quantity).sum();
    }
}
