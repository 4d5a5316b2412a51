package iq.tsh.erp.ops.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads Axon's JDBC dead-letter queue table directly: Axon's queue API pages by sequence and claims letters it
 * processes, while ops need every letter, newest first, and must never take one from the retry job.
 */
@Repository
class DeadLetterQueries {

    static final String LIST = "dead-letter";

    /**
     * @param kind    the event type: its class name ({@code ProductSynced}) or full name
     * @param error   text found in the cause's type or message, ignoring case
     * @param aggregate the record's aggregate id ({@code item:5128...}), which is also the sequence
     */
    record Filter(String group, String kind, String error, String aggregate) {
    }

    private final JdbcTemplate jdbc;

    DeadLetterQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Page<DeadLetterView> page(Filter filter, Cursor cursor, int limit) {
        SqlFilter where = new SqlFilter()
                .when(filter.group(), "processing_group = ?", filter.group())
                .when(filter.kind(), "(payload_type = ? or right(payload_type, ?) = ?)", filter.kind(),
                        filter.kind() == null ? 0 : filter.kind().length() + 1, "." + filter.kind())
                .when(filter.error(), "(strpos(lower(coalesce(cause_type, '')), lower(?)) > 0"
                        + " or strpos(lower(coalesce(cause_message, '')), lower(?)) > 0)", filter.error(),
                        filter.error())
                .when(filter.aggregate(), "(aggregate_identifier = ? or sequence_identifier = ?)", filter.aggregate(),
                        filter.aggregate())
                .when(cursor, "(enqueued_at::timestamptz, dead_letter_id) < (?, ?)",
                        cursor == null ? null : SqlFilter.time(cursor.at()),
                        cursor == null ? null : cursor.id());
        List<DeadLetterView> rows = jdbc.query("""
                        select dead_letter_id, processing_group, sequence_identifier, sequence_index, event_identifier,
                               time_stamp, payload_type, payload, meta_data, type, aggregate_identifier,
                               sequence_number, enqueued_at::timestamptz as enqueued, last_touched, cause_type,
                               cause_message, diagnostics
                        from dead_letter_entry""" + where.where()
                        + " order by enqueued_at::timestamptz desc, dead_letter_id desc limit ?",
                this::letter, where.values(limit + 1));
        return Page.of(rows, limit, LIST, letter -> new Cursor(letter.firstAttemptAt(), letter.id()));
    }

    private DeadLetterView letter(ResultSet row, int number) throws SQLException {
        JsonNode diagnostics = StoredValues.json(row.getBytes("diagnostics"));
        boolean exhausted = diagnostics.path("exhausted").asBoolean(false);
        String causeType = row.getString("cause_type");
        String state = exhausted ? "parked" : causeType == null ? "waiting" : "retrying";
        long sequenceNumber = row.getLong("sequence_number");
        Long aggregateSequence = row.wasNull() ? null : sequenceNumber;
        JsonNode metaData = StoredValues.json(row.getBytes("meta_data"));
        return new DeadLetterView(row.getString("dead_letter_id"), row.getString("processing_group"),
                row.getString("sequence_identifier"), row.getLong("sequence_index"), state,
                new DeadLetterView.Event(row.getString("event_identifier"),
                        StoredValues.simpleName(row.getString("payload_type")), row.getString("payload_type"),
                        StoredValues.instant(row.getString("time_stamp")), aggregateSequence,
                        StoredValues.json(row.getBytes("payload"))),
                new DeadLetterView.Record(row.getString("aggregate_identifier"), row.getString("type"),
                        metaData.path("deliveryId").isTextual() ? metaData.get("deliveryId").asText() : null),
                causeType == null ? null : new DeadLetterView.Cause(causeType, row.getString("cause_message")),
                diagnostics.path("attempts").asInt(0),
                StoredValues.instant(row.getTimestamp("enqueued")),
                StoredValues.instant(row.getString("last_touched")),
                exhausted ? null : StoredValues.instant(diagnostics.get("nextAttemptAt")),
                diagnostics.isNull() ? null : diagnostics);
    }
}
