package iq.tsh.erp.query.common;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The last event applied per aggregate of a read model kept in one row per customer ({@code carts},
 * {@code address_books}): claiming a sequence both makes a handler idempotent and tells queries how far the
 * projection has come.
 */
public final class ProjectedSequences {

    private final JdbcTemplate jdbc;
    private final String table;

    /** {@code table} has {@code customer_id}, {@code last_sequence} and {@code updated_at}; it is a constant, never input. */
    public ProjectedSequences(JdbcTemplate jdbc, String table) {
        this.jdbc = jdbc;
        this.table = table;
    }

    /**
     * Records that the event at {@code sequence} is being applied; false when it (or a later one) already was, so a
     * replay or redelivery must change nothing. Runs in the handler's transaction, so it commits with the change.
     */
    public boolean claim(String customerId, long sequence, Instant at) {
        return jdbc.update("insert into " + table + " (customer_id, last_sequence, updated_at) values (?, ?, ?) "
                + "on conflict (customer_id) do update set last_sequence = excluded.last_sequence, "
                + "updated_at = excluded.updated_at where " + table + ".last_sequence < excluded.last_sequence",
                customerId, sequence, Timestamp.from(at)) == 1;
    }

    /** The last sequence applied for the customer, -1 when none. */
    public long applied(String customerId) {
        List<Long> found = jdbc.queryForList("select last_sequence from " + table + " where customer_id = ?",
                Long.class, customerId);
        return found.isEmpty() ? -1 : found.get(0);
    }
}
