package iq.tsh.erp.query.promotion;

import static iq.tsh.erp.query.common.Columns.instant;
import static iq.tsh.erp.query.common.Columns.json;
import static iq.tsh.erp.query.common.Columns.timestamp;

import iq.tsh.erp.api.promotion.PromotionScope;
import iq.tsh.erp.api.promotion.PromotionTerms;
import iq.tsh.erp.api.promotion.PromotionType;
import iq.tsh.erp.api.promotion.PromotionView;
import iq.tsh.erp.query.common.Columns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SQL of the {@code promotions} table. Every write is guarded by the row's {@code last_sequence} (the apply-once
 * rule, docs/read-models.md). The terms columns are written in one statement, so a new term touches
 * {@link PromotionTerms}, this statement and {@link #view}.
 */
@Component
class PromotionTable {

    private static final String GUARD_UPDATE = " WHERE id = ? AND last_sequence < ?";
    /** Highest priority first, then newest; the id breaks ties so pages are stable. */
    private static final String ORDER = " ORDER BY priority DESC, created_at DESC, id";

    private final JdbcTemplate jdbc;

    PromotionTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Created or changed: the terms replace the old ones; {@code createdAt} counts only for a new row. */
    boolean terms(String id, PromotionTerms terms, Instant createdAt, long sequence, Instant at) {
        return jdbc.update("""
                INSERT INTO promotions (id, name, name_ar, code, code_key, type, value, currency, buy_quantity,
                    get_quantity, minimum_purchase, usage_limit, starts_at, ends_at, scope, product_ids, category_ids,
                    stackable, priority, created_at, last_sequence, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, name_ar = EXCLUDED.name_ar,
                    code = EXCLUDED.code, code_key = EXCLUDED.code_key, type = EXCLUDED.type, value = EXCLUDED.value,
                    currency = EXCLUDED.currency, buy_quantity = EXCLUDED.buy_quantity,
                    get_quantity = EXCLUDED.get_quantity, minimum_purchase = EXCLUDED.minimum_purchase,
                    usage_limit = EXCLUDED.usage_limit, starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at,
                    scope = EXCLUDED.scope, product_ids = EXCLUDED.product_ids, category_ids = EXCLUDED.category_ids,
                    stackable = EXCLUDED.stackable, priority = EXCLUDED.priority,
                    last_sequence = EXCLUDED.last_sequence, updated_at = EXCLUDED.updated_at
                WHERE promotions.last_sequence < EXCLUDED.last_sequence""",
                id, terms.name(), terms.nameAr(), terms.code(), terms.codeKey(), Columns.name(terms.type()),
                terms.value(), terms.currency(), terms.buyQuantity(), terms.getQuantity(), terms.minimumPurchase(),
                terms.usageLimit(), timestamp(terms.startsAt()), timestamp(terms.endsAt()),
                Columns.name(terms.scope()), json(terms.productIds()), json(terms.categoryIds()), terms.stackable(),
                terms.priority(), timestamp(createdAt), sequence, timestamp(at)) == 1;
    }

    boolean ended(String id, Instant endedAt, long sequence, Instant at) {
        return jdbc.update("UPDATE promotions SET ended_at = ?, last_sequence = ?, updated_at = ?" + GUARD_UPDATE,
                timestamp(endedAt), sequence, timestamp(at), id, sequence) == 1;
    }

    boolean usageCount(String id, int usageCount, long sequence, Instant at) {
        return jdbc.update("UPDATE promotions SET usage_count = ?, last_sequence = ?, updated_at = ?" + GUARD_UPDATE,
                usageCount, sequence, timestamp(at), id, sequence) == 1;
    }

    Optional<PromotionView> find(String id) {
        return jdbc.query("SELECT * FROM promotions WHERE id = ?", PromotionTable::view, id).stream().findFirst();
    }

    List<PromotionView> newestFirst(int limit) {
        return jdbc.query("SELECT * FROM promotions ORDER BY created_at DESC, id LIMIT ?", PromotionTable::view, limit);
    }

    /** Running at {@code now}: started, not past its end, not ended by ops, uses left. */
    List<PromotionView> active(Instant now, int limit) {
        return jdbc.query("""
                SELECT * FROM promotions
                WHERE (starts_at IS NULL OR starts_at <= ?)
                  AND (ends_at IS NULL OR ends_at > ?)
                  AND (ended_at IS NULL OR ended_at > ?)
                  AND (usage_limit IS NULL OR usage_count < usage_limit)""" + ORDER + " LIMIT ?",
                PromotionTable::view, timestamp(now), timestamp(now), timestamp(now), limit);
    }

    List<PromotionView> withCode(String codeKey) {
        return jdbc.query("SELECT * FROM promotions WHERE code_key = ?", PromotionTable::view, codeKey);
    }

    void clear() {
        jdbc.update("DELETE FROM promotions");
    }

    private static PromotionView view(ResultSet rs, int row) throws SQLException {
        PromotionTerms terms = new PromotionTerms(rs.getString("name"), rs.getString("name_ar"), rs.getString("code"),
                PromotionType.valueOf(rs.getString("type")), rs.getBigDecimal("value"), rs.getString("currency"),
                rs.getObject("buy_quantity", Integer.class), rs.getObject("get_quantity", Integer.class),
                rs.getBigDecimal("minimum_purchase"), rs.getObject("usage_limit", Integer.class),
                instant(rs, "starts_at"), instant(rs, "ends_at"), PromotionScope.valueOf(rs.getString("scope")),
                Columns.jsonList(rs, "product_ids", String.class), Columns.jsonList(rs, "category_ids", String.class),
                rs.getBoolean("stackable"), rs.getInt("priority"));
        return new PromotionView(rs.getString("id"), terms, rs.getInt("usage_count"), instant(rs, "ended_at"),
                instant(rs, "created_at"));
    }
}
