package iq.tsh.erp.command.cart;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import iq.tsh.erp.api.cart.AddCartItem;
import iq.tsh.erp.api.cart.CartCleared;
import iq.tsh.erp.api.cart.CartId;
import iq.tsh.erp.api.cart.CartItemAdded;
import iq.tsh.erp.api.cart.CartItemQuantityChanged;
import iq.tsh.erp.api.cart.CartItemRemoved;
import iq.tsh.erp.api.cart.CartLine;
import iq.tsh.erp.api.cart.CartRejection;
import iq.tsh.erp.api.cart.ChangeCartItemQuantity;
import iq.tsh.erp.api.cart.ClearCart;
import iq.tsh.erp.api.cart.RemoveCartItem;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One customer's cart. It starts with the first product added; every command answers the sequence number of the
 * cart's last event, which the BFF waits for the read model to reach before it answers (read-your-writes). Re-adding a product adds to its quantity
 * and refreshes its price snapshot (the customer acted on the price shown to them then); changing the quantity keeps
 * the snapshot, so checkout can say when the price moved since.
 */
@Aggregate
public class Cart {

    @AggregateIdentifier
    private CartId cartId;
    private final Map<String, CartLine> lines = new LinkedHashMap<>();
    private long lastSequence = -1;

    protected Cart() {
        // Axon rebuilds the cart from its events; a customer's first command creates it.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(AddCartItem command) {
        requireOwner(command.cartId(), command.customerId());
        requireQuantity(command.quantity());
        CartLine line = lines.get(command.itemId());
        int lineQuantity = (line == null ? 0 : line.quantity()) + command.quantity();
        requireQuantity(lineQuantity);
        apply(new CartItemAdded(command.cartId(), command.customerId(), command.itemId(), command.quantity(),
                lineQuantity, command.unitPrice(), command.currency(), command.at()));
        return lastSequence;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(ChangeCartItemQuantity command) {
        requireOwner(command.cartId(), command.customerId());
        CartLine line = requireLine(command.itemId());
        requireQuantity(command.quantity());
        if (line.quantity() != command.quantity()) {
            apply(new CartItemQuantityChanged(command.cartId(), command.customerId(), command.itemId(),
                    command.quantity(), command.at()));
        }
        return lastSequence;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(RemoveCartItem command) {
        requireOwner(command.cartId(), command.customerId());
        requireLine(command.itemId());
        apply(new CartItemRemoved(command.cartId(), command.customerId(), command.itemId(), command.at()));
        return lastSequence;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(ClearCart command) {
        requireOwner(command.cartId(), command.customerId());
        if (!lines.isEmpty()) {
            apply(new CartCleared(command.cartId(), command.customerId(), command.at()));
        }
        return lastSequence;
    }

    @EventSourcingHandler
    void on(CartItemAdded event, @SequenceNumber long sequence) {
        remember(event.cartId(), sequence);
        lines.put(event.itemId(), new CartLine(event.itemId(), event.lineQuantity(), event.unitPrice(),
                event.currency(), event.at()));
    }

    @EventSourcingHandler
    void on(CartItemQuantityChanged event, @SequenceNumber long sequence) {
        remember(event.cartId(), sequence);
        CartLine line = lines.get(event.itemId());
        lines.put(event.itemId(), new CartLine(line.itemId(), event.quantity(), line.unitPrice(), line.currency(),
                line.addedAt()));
    }

    @EventSourcingHandler
    void on(CartItemRemoved event, @SequenceNumber long sequence) {
        remember(event.cartId(), sequence);
        lines.remove(event.itemId());
    }

    @EventSourcingHandler
    void on(CartCleared event, @SequenceNumber long sequence) {
        remember(event.cartId(), sequence);
        lines.clear();
    }

    private void remember(CartId id, long sequence) {
        cartId = id;
        lastSequence = sequence;
    }

    private CartLine requireLine(String itemId) {
        CartLine line = lines.get(itemId);
        if (line == null) {
            throw new CommandExecutionException("product " + itemId + " is not in the cart", null,
                    CartRejection.ITEM_NOT_IN_CART);
        }
        return line;
    }

    /** The cart id is made from the customer id; a command naming another customer is a bug in its sender. */
    private static void requireOwner(CartId cartId, String customerId) {
        if (!cartId.customerId().equals(customerId)) {
            throw new IllegalArgumentException("customer " + customerId + " cannot change " + cartId);
        }
    }

    private static void requireQuantity(int quantity) {
        if (quantity < 1 || quantity > CartRejection.MAX_QUANTITY) {
            throw new CommandExecutionException("a cart line holds 1 to " + CartRejection.MAX_QUANTITY
                    + " units, not " + quantity, null, CartRejection.QUANTITY_OUT_OF_RANGE);
        }
    }
}
