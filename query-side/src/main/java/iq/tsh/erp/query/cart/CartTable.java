package iq.tsh.erp.query.cart;

import static iq.tsh.erp.query.common.Columns.instant;
import static iq.tsh.erp.query.common.Columns.timestamp;

import iq.tsh.erp.api.cart.CartContents;
import iq.tsh.erp.api.cart.CartId;
import iq.tsh.erp.api.cart.CartLine;
import iq.tsh.erp.api.readmodel.FindProjectionProgress;
import iq.tsh.erp.query.common.HeadRow;
import iq.tsh.erp.query.common.ProgressSource;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SQL of {@code carts} (one row per customer: the last Cart event applied) and {@code cart_items}. The apply-once
 * rule (docs/read-models.md): a handler first moves the customer's {@code carts} row to the event's sequence with a
 * guarded upsert, and changes the lines only when that moved it.
 */
@Component
class CartTable implements ProgressSource {

    private static final HeadRow HEAD = new HeadRow("carts", "customer_id");

    private final JdbcTemplate jdbc;

    CartTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the event at {@code sequence} is new to this cart (false: a replay or redelivery, change nothing). */
    boolean claim(String customerId, long sequence, Instant at) {
        return HEAD.claim(jdbc, customerId, sequence, at);
    }

    /** A product already in the cart keeps its place (position) but takes the new quantity and price snapshot. */
    void putLine(String customerId, String itemId, int quantity, BigDecimal unitPrice, String currency, Instant at,
                 long position) {
        jdbc.update("""
                INSERT INTO cart_items (customer_id, item_id, quantity, unit_price, currency, added_at, position)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (customer_id, item_id) DO UPDATE SET quantity = EXCLUDED.quantity,
                    unit_price = EXCLUDED.unit_price, currency = EXCLUDED.currency, added_at = EXCLUDED.added_at""",
                customerId, itemId, quantity, unitPrice, currency, timestamp(at), position);
    }

    void quantity(String customerId, String itemId, int quantity) {
        jdbc.update("UPDATE cart_items SET quantity = ? WHERE customer_id = ? AND item_id = ?",
                quantity, customerId, itemId);
    }

    void removeLine(String customerId, String itemId) {
        jdbc.update("DELETE FROM cart_items WHERE customer_id = ? AND item_id = ?", customerId, itemId);
    }

    void removeLines(String customerId) {
        jdbc.update("DELETE FROM cart_items WHERE customer_id = ?", customerId);
    }

    /** The cart in the order products were first added; empty (and never updated) for a customer without one. */
    CartContents contents(String customerId) {
        List<CartLine> lines = jdbc.query("""
                SELECT item_id, quantity, unit_price, currency, added_at FROM cart_items
                WHERE customer_id = ? ORDER BY position""", CartTable::line, customerId);
        List<Instant> updated = jdbc.query("SELECT updated_at FROM carts WHERE customer_id = ?",
                (rs, row) -> instant(rs, "updated_at"), customerId);
        return new CartContents(customerId, lines, updated.isEmpty() ? null : updated.get(0));
    }

    void clear() {
        jdbc.update("DELETE FROM cart_items");
        jdbc.update("DELETE FROM carts");
    }

    @Override
    public String readModel() {
        return FindProjectionProgress.CARTS;
    }

    @Override
    public long lastApplied(String aggregateId) {
        return HEAD.lastSequence(jdbc, new CartId(aggregateId).customerId());
    }

    private static CartLine line(ResultSet rs, int row) throws SQLException {
        return new CartLine(rs.getString("item_id"), rs.getInt("quantity"), rs.getBigDecimal("unit_price"),
                rs.getString("currency"), instant(rs, "added_at"));
    }
}
