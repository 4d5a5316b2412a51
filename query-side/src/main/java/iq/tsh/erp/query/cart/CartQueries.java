package iq.tsh.erp.query.cart;

import iq.tsh.erp.api.cart.CartBadge;
import iq.tsh.erp.api.cart.CartContents;
import iq.tsh.erp.api.cart.CartId;
import iq.tsh.erp.api.cart.CartLine;
import iq.tsh.erp.api.cart.FindCart;
import iq.tsh.erp.api.cart.FindCartBadge;
import iq.tsh.erp.api.catalog.CustomerPricing;
import iq.tsh.erp.api.catalog.FindCustomerPricing;
import iq.tsh.erp.api.catalog.FindPricedProducts;
import iq.tsh.erp.api.catalog.PricedProduct;
import iq.tsh.erp.api.catalog.PricedProducts;
import iq.tsh.erp.query.common.ProjectedSequences;
import iq.tsh.erp.query.common.StoredEvents;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers cart questions from the read tables once they hold the cart's newest stored event, else from the cart's
 * events themselves: a customer who just changed the cart always sees the change (read-your-writes) without waiting
 * for the projection, and the usual answer still costs two index lookups.
 */
@Component
class CartQueries {

    private final JdbcTemplate jdbc;
    private final StoredEvents events;
    private final ProjectedSequences sequences;
    private final QueryGateway queries;

    CartQueries(JdbcTemplate jdbc, StoredEvents events, @Lazy QueryGateway queries) {
        this.jdbc = jdbc;
        this.events = events;
        this.sequences = new ProjectedSequences(jdbc, "carts");
        this.queries = queries;
    }

    @QueryHandler
    public CartContents handle(FindCart query) {
        return read(query.customerId());
    }

    /** The badge counts units and prices them now, in the customer's book, through the catalogue's own query. */
    @QueryHandler
    public CartBadge handle(FindCartBadge query) {
        CartContents cart = read(query.customerId());
        CustomerPricing pricing = queries.query(new FindCustomerPricing(query.customerId()), CustomerPricing.class).join();
        if (cart.lines().isEmpty()) {
            return new CartBadge(0, BigDecimal.ZERO, pricing.currency());
        }
        List<String> itemIds = cart.lines().stream().map(CartLine::itemId).toList();
        Map<String, PricedProduct> priced = queries.query(new FindPricedProducts(itemIds, pricing.book()),
                PricedProducts.class).join().byItemId();
        BigDecimal total = cart.lines().stream()
                .filter(line -> priced.containsKey(line.itemId()))
                .filter(line -> buyable(priced.get(line.itemId()), pricing.currency()))
                .map(line -> priced.get(line.itemId()).price().multiply(BigDecimal.valueOf(line.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new CartBadge(cart.itemCount(), total, pricing.currency());
    }

    /** Lines that cannot be bought now (inactive, unpriced, another currency) do not count toward the total. */
    private static boolean buyable(PricedProduct product, String currency) {
        return product.active() && product.price() != null && currency.equals(product.currency());
    }

    private CartContents read(String customerId) {
        String cartId = CartId.of(customerId).toString();
        long stored = events.lastSequence(cartId);
        if (stored < 0) {
            return CartContents.empty(customerId);
        }
        if (sequences.applied(customerId) >= stored) {
            return fromTables(customerId);
        }
        return CartFold.of(customerId, events.of(cartId));
    }

    private CartContents fromTables(String customerId) {
        List<CartLine> lines = jdbc.query("""
                select item_id, quantity, unit_price, currency, added_at from cart_items
                where customer_id = ? order by position""", CartQueries::line, customerId);
        List<Instant> updated = jdbc.queryForList("select updated_at from carts where customer_id = ?",
                java.sql.Timestamp.class, customerId).stream().map(java.sql.Timestamp::toInstant).toList();
        return new CartContents(customerId, lines, updated.isEmpty() ? null : updated.get(0));
    }

    private static CartLine line(ResultSet rs, int row) throws SQLException {
        return new CartLine(rs.getString("item_id"), rs.getInt("quantity"), rs.getBigDecimal("unit_price"),
                rs.getString("currency"), rs.getTimestamp("added_at").toInstant());
    }
}
