package iq.tsh.erp.ops.dashboard;

import iq.tsh.erp.web.BadParameterException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads {@code processing_log}. Successful handling is not in it (a row per event would cost more than the
 * event): it is counted in the metrics instead.
 */
@Repository
class ProcessingLogQueries {

    static final String LIST = "logs";
    static final List<String> ACTIONS = List.of("retried", "parked", "recovered", "replay-started",
            "dead-letters-retried", "dead-letter-cleared", "transient-failure");

    /** @param aggregate the record's aggregate id ({@code item:5128...}) */
    record Filter(String group, String action, String aggregate, Instant from, Instant to) {
    }

    private final JdbcTemplate jdbc;

    ProcessingLogQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Page<LogEntryView> page(Filter filter, Cursor cursor, int limit) {
        SqlFilter where = new SqlFilter()
                .when(filter.group(), "processing_group = ?", filter.group())
                .when(filter.action(), "action = ?", filter.action())
                .when(filter.aggregate(), "aggregate_id = ?", filter.aggregate())
                .when(filter.from(), "at >= ?", SqlFilter.time(filter.from()))
                .when(filter.to(), "at < ?", SqlFilter.time(filter.to()))
                .when(cursor, "(at, id) < (?, ?)", cursor == null ? null : SqlFilter.time(cursor.at()), id(cursor));
        List<LogEntryView> rows = jdbc.query("""
                        select id, at, processing_group, action, aggregate_id, event_identifier, event_type, attempt,
                               message, actor
                        from processing_log""" + where.where() + " order by at desc, id desc limit ?",
                ProcessingLogQueries::entry, where.values(limit + 1));
        return Page.of(rows, limit, LIST, entry -> new Cursor(entry.at(), Long.toString(entry.id())));
    }

    private static LogEntryView entry(ResultSet row, int number) throws SQLException {
        int attempt = row.getInt("attempt");
        Integer shownAttempt = row.wasNull() ? null : attempt;
        return new LogEntryView(row.getLong("id"), row.getTimestamp("at").toInstant(),
                row.getString("processing_group"), row.getString("action"), row.getString("aggregate_id"),
                row.getString("event_identifier"), row.getString("event_type"), shownAttempt,
                row.getString("message"), row.getString("actor"));
    }

    private static Long id(Cursor cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            return Long.valueOf(cursor.id());
        } catch (NumberFormatException e) {
            throw new BadParameterException("cursor", "cursor is not one this list gave out; start again without it");
        }
    }
}
