package iq.tsh.erp.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads Axon's {@code domain_event_entry} with SQL rather than through Axon's EventStore: paging by position is one
 * indexed query, every history starts at sequence 0 whatever snapshots exist, and the JSON comes out as text.
 */
@Repository
public class EventTable {

    /** Rows fetched per round trip while streaming: enough to be fast, few enough to keep memory flat. */
    public static final int FETCH_SIZE = 1000;

    private static final String SELECT = """
            select global_index, aggregate_identifier, type, sequence_number, event_identifier, payload_type,
                   payload_revision, time_stamp, convert_from(payload, 'UTF8') as payload,
                   convert_from(meta_data, 'UTF8') as meta_data
            from domain_event_entry""";
    private static final String HISTORY = SELECT + " where aggregate_identifier = ? and sequence_number > ?";

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final TransactionTemplate readOnly;

    EventTable(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(FETCH_SIZE);
        // PostgreSQL streams a result with a cursor only inside a transaction (autocommit off); without one the
        // driver reads the whole result into memory first, whatever the fetch size.
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
        transactions.setEnforceReadOnly(true);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Up to {@code limit} events of one aggregate after a sequence number, oldest first. */
    List<StoredEvent> history(String aggregateId, long afterSequence, int limit) {
        return jdbc.query(HISTORY + " order by sequence_number limit ?", EventTable::event,
                aggregateId, afterSequence, limit);
    }

    boolean exists(String aggregateId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from domain_event_entry where aggregate_identifier = ?)", Boolean.class,
                aggregateId));
    }

    /** Up to {@code limit} events of the global stream after a global index, in index order. */
    List<StoredEvent> stream(StreamFilter filter, long afterIndex, int limit) {
        List<Object> args = new ArrayList<>();
        String sql = streamSql(filter, afterIndex, args) + " limit ?";
        args.add(limit);
        return jdbc.query(sql, EventTable::event, args.toArray());
    }

    /** Every event of one aggregate stored at or before {@code upTo} (all when null), oldest first, streamed. */
    void eachOfHistory(String aggregateId, Instant upTo, EventSink sink) {
        List<Object> args = new ArrayList<>(List.of(aggregateId, AuditParameters.START));
        String sql = HISTORY;
        if (upTo != null) {
            sql += " and time_stamp::timestamptz <= ?::timestamptz";
            args.add(upTo.toString());
        }
        each(sql + " order by sequence_number", args, sink);
    }

    /** Every event of the global stream after a position, in index order, streamed. */
    void eachOfStream(StreamFilter filter, long afterIndex, EventSink sink) {
        List<Object> args = new ArrayList<>();
        each(streamSql(filter, afterIndex, args), args, sink);
    }

    /** Every payload type in the store, found by walking the type index (one probe per type, not a scan). */
    List<String> payloadTypes() {
        return jdbc.queryForList("""
                with recursive types(payload_type) as (
                    (select payload_type from domain_event_entry order by payload_type limit 1)
                    union all
                    select (select e.payload_type from domain_event_entry e
                            where e.payload_type > t.payload_type order by e.payload_type limit 1)
                    from types t where t.payload_type is not null)
                select payload_type from types where payload_type is not null""", String.class);
    }

    private static String streamSql(StreamFilter filter, long afterIndex, List<Object> args) {
        args.add(afterIndex);
        String conditions = filter.conditions(args);
        return SELECT + " where global_index > ?" + conditions + " order by global_index";
    }

    private void each(String sql, List<Object> args, EventSink sink) {
        RowCallbackHandler rows = row -> {
            try {
                sink.accept(event(row, 0));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        readOnly.executeWithoutResult(status -> {
            // PostgreSQL plans a cursor's query for its total cost, and for a large result that is a sort: every row
            // read (and every payload converted) before the first is sent. Walking the index in order starts at once.
            streaming.execute("set local enable_sort = off");
            streaming.query(sql, rows, args.toArray());
        });
    }

    private static StoredEvent event(ResultSet row, int number) throws SQLException {
        return new StoredEvent(row.getLong("global_index"), row.getString("aggregate_identifier"),
                row.getString("type"), row.getLong("sequence_number"), row.getString("event_identifier"),
                row.getString("payload_type"), row.getString("payload_revision"), row.getString("time_stamp"),
                row.getString("payload"), row.getString("meta_data"));
    }

    /** Takes streamed events one at a time; may write them out, hence the IOException. */
    @FunctionalInterface
    interface EventSink {
        void accept(StoredEvent event) throws IOException;
    }
}
