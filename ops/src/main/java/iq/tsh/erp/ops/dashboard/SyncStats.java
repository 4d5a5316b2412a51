package iq.tsh.erp.ops.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Counts for the stats view, straight from the inbox, the event store and the read tables. */
@Service
class SyncStats {

    /**
     * Tables that are not read models: Axon's, the inbox and the sync's own bookkeeping, Liquibase's. Every other
     * table of the schema is a projection's, so new read models are counted without a change here.
     */
    static final List<String> NOT_READ_MODELS = List.of("domain_event_entry", "snapshot_event_entry", "token_entry",
            "dead_letter_entry", "dead_letter_archive", "saga_entry", "association_value_entry", "webhook_inbox",
            "zoho_catchup_state", "processing_log", "databasechangelog", "databasechangeloglock");

    private final JdbcTemplate jdbc;
    private final Clock clock = Clock.systemUTC();

    SyncStats(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    StatsView read() {
        Instant now = clock.instant();
        Instant hourAgo = now.minus(Duration.ofHours(1));
        Instant dayAgo = now.minus(Duration.ofDays(1));
        List<StatsView.DeliveryCount> deliveries = jdbc.query("""
                select kind, outcome, count(*) filter (where received_at >= ?) as last_hour, count(*) as last_day
                from webhook_inbox where received_at >= ? group by kind, outcome order by kind, outcome""",
                (row, number) -> new StatsView.DeliveryCount(row.getString("kind"), row.getString("outcome"),
                        row.getLong("last_hour"), row.getLong("last_day")),
                SqlFilter.time(hourAgo), SqlFilter.time(dayAgo));
        return new StatsView(now, new StatsView.DeliveryTotals(
                deliveries.stream().mapToLong(StatsView.DeliveryCount::lastHour).sum(),
                deliveries.stream().mapToLong(StatsView.DeliveryCount::lastDay).sum()),
                deliveries, events(hourAgo, dayAgo), readModels());
    }

    private List<StatsView.EventCount> events(Instant hourAgo, Instant dayAgo) {
        return jdbc.query("""
                select payload_type, count(*) as total,
                       count(*) filter (where time_stamp::timestamptz >= ?) as last_hour,
                       count(*) filter (where time_stamp::timestamptz >= ?) as last_day
                from domain_event_entry group by payload_type order by payload_type""",
                (row, number) -> new StatsView.EventCount(StoredValues.simpleName(row.getString("payload_type")),
                        row.getString("payload_type"), row.getLong("total"), row.getLong("last_hour"),
                        row.getLong("last_day")),
                SqlFilter.time(hourAgo), SqlFilter.time(dayAgo));
    }

    /**
     * Exact row counts of the read tables in one statement. A table name cannot be a bound parameter, so the
     * count's SQL is made by PostgreSQL itself, {@code format('%I')} quoting the names it takes from its catalogue.
     */
    private List<StatsView.ReadModelCount> readModels() {
        String placeholders = String.join(", ", Collections.nCopies(NOT_READ_MODELS.size(), "?"));
        return jdbc.query("""
                select c.relname as name,
                       (xpath('/row/n/text()', query_to_xml(format('select count(*) as n from %I.%I',
                              n.nspname, c.relname), false, true, '')))[1]::text::bigint as row_count
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where c.relkind in ('r', 'p') and n.nspname = current_schema() and c.relname not in ("""
                        + placeholders + ") order by c.relname",
                (row, number) -> new StatsView.ReadModelCount(row.getString("name"), row.getLong("row_count")),
                NOT_READ_MODELS.toArray());
    }
}
