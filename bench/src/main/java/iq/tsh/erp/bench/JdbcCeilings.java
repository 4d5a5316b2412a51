package iq.tsh.erp.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the same database does for the same work over plain JDBC, with nothing of ours in between: the ceilings the
 * app's figures are divided by. Runs against the app's own embedded PostgreSQL (its durable settings), in scratch
 * tables copied from the real ones ({@code LIKE ... INCLUDING ALL}: same columns, constraints and indexes) in a
 * schema of its own, dropped afterwards.
 */
final class JdbcCeilings {

    private static final String SCHEMA = "bench_ceiling";
    private static final AtomicLong NEXT_AGGREGATE = new AtomicLong();
    private static final org.postgresql.Driver DRIVER = new org.postgresql.Driver();

    private final String url;
    private byte[] body = "{}".getBytes();
    private String headers = "{}";
    private String eventType = "Product";
    private byte[] metaData;
    private byte[] payload = "{}".getBytes();
    private String payloadType = "iq.tsh.erp.api.product.ProductSynced";

    JdbcCeilings(String url) {
        this.url = url;
    }

    /** The driver itself, not DriverManager: no class-loader questions inside the repackaged jar. */
    private Connection connect() throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", "postgres");
        credentials.setProperty("password", "postgres");
        return DRIVER.connect(url, credentials);
    }

    /** The server settings that make a commit durable, as the server reports them. */
    Map<String, String> durability() throws SQLException {
        Map<String, String> settings = new LinkedHashMap<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String name : new String[] {"fsync", "synchronous_commit", "full_page_writes", "server_version"}) {
                try (ResultSet row = statement.executeQuery("SHOW " + name)) {
                    row.next();
                    settings.put(name, row.getString(1));
                }
            }
        }
        return settings;
    }

    long events() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT count(*) FROM domain_event_entry")) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Scratch tables shaped like the inbox and the event store, and a real delivery and event as the sample rows. */
    void prepareIngest() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            statement.execute("CREATE SCHEMA " + SCHEMA);
            statement.execute("CREATE TABLE " + SCHEMA + ".webhook_inbox (LIKE public.webhook_inbox INCLUDING ALL)");
            // Not the defaults: the real table's global_index draws on the real event store's sequence.
            statement.execute("CREATE TABLE " + SCHEMA + ".domain_event_entry (LIKE public.domain_event_entry"
                    + " INCLUDING ALL EXCLUDING DEFAULTS)");
            statement.execute("CREATE SEQUENCE " + SCHEMA + ".global_index_seq");
            statement.execute("ALTER TABLE " + SCHEMA + ".domain_event_entry ALTER COLUMN global_index"
                    + " SET DEFAULT nextval('" + SCHEMA + ".global_index_seq')");
            try (ResultSet row = statement.executeQuery("SELECT body, headers::text FROM webhook_inbox"
                    + " WHERE kind = 'products' AND outcome = 'accepted' ORDER BY received_at DESC LIMIT 1")) {
                if (row.next()) {
                    body = row.getBytes(1);
                    headers = row.getString(2);
                }
            }
            try (ResultSet row = statement.executeQuery("SELECT type, meta_data, payload, payload_type"
                    + " FROM domain_event_entry ORDER BY (payload_type LIKE '%ProductSynced') DESC, global_index DESC"
                    + " LIMIT 1")) {
                if (row.next()) {
                    eventType = row.getString(1);
                    metaData = row.getBytes(2);
                    payload = row.getBytes(3);
                    payloadType = row.getString(4);
                }
            }
        }
        Report.line("JDBC ingest ceiling: sample delivery %d bytes, event payload %d bytes, metadata %d bytes",
                body.length, payload.length, metaData == null ? 0 : metaData.length);
    }

    /** One inbox row and one event row per transaction, committed durably, from {@code threads} connections. */
    ClosedLoop.Timed ingest(int threads, Duration length) throws Exception {
        return ClosedLoop.timed("jdbc-ingest", threads, length, () -> {
            try {
                Connection connection = connect();
                connection.setAutoCommit(false);
                PreparedStatement inbox = connection.prepareStatement("INSERT INTO " + SCHEMA + ".webhook_inbox"
                        + " (delivery_id, kind, event, source, received_at, content_type, headers, body, body_sha256,"
                        + " outcome, http_status, error, aggregate_ids, event_count, duplicate_of, redrive_of,"
                        + " completed_at) VALUES (?, 'products', 'upsert', 'webhook', ?, 'application/json', ?::jsonb,"
                        + " ?, ?, 'accepted', 200, NULL, ?::jsonb, 1, NULL, NULL, now())");
                PreparedStatement event = connection.prepareStatement("INSERT INTO " + SCHEMA + ".domain_event_entry"
                        + " (aggregate_identifier, sequence_number, type, event_identifier, meta_data, payload,"
                        + " payload_revision, payload_type, time_stamp) VALUES (?, 0, ?, ?, ?, ?, NULL, ?, ?)");
                return new ClosedLoop.Call() {
                    @Override
                    public void call() throws Exception {
                        String aggregate = "item:" + (9_000_000_000_000_000_000L + NEXT_AGGREGATE.incrementAndGet());
                        Instant now = Instant.now();
                        inbox.setObject(1, UUID.randomUUID());
                        inbox.setTimestamp(2, java.sql.Timestamp.from(now));
                        inbox.setString(3, headers);
                        inbox.setBytes(4, body);
                        inbox.setString(5, sha256Like());
                        inbox.setString(6, "[\"" + aggregate + "\"]");
                        inbox.executeUpdate();
                        event.setString(1, aggregate);
                        event.setString(2, eventType);
                        event.setString(3, UUID.randomUUID().toString());
                        event.setBytes(4, metaData);
                        event.setBytes(5, payload);
                        event.setString(6, payloadType);
                        event.setString(7, now.toString());
                        event.executeUpdate();
                        connection.commit();
                    }

                    @Override
                    public void close() throws SQLException {
                        connection.close();
                    }
                };
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The product page's primary-key read of {@code products} over {@code threads} connections. */
    ClosedLoop.Timed read(int threads, Duration length, int products) throws Exception {
        return ClosedLoop.timed("jdbc-read", threads, length, () -> {
            try {
                Connection connection = connect();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT * FROM products WHERE item_id = ? AND has_catalog_data AND NOT deleted");
                return new ClosedLoop.Call() {
                    @Override
                    public void call() throws Exception {
                        select.setString(1, CatalogueGenerator.itemId(ThreadLocalRandom.current().nextInt(products)));
                        try (ResultSet row = select.executeQuery()) {
                            if (!row.next()) {
                                throw new IllegalStateException("no product row for the read ceiling");
                            }
                            for (int c = 1; c <= row.getMetaData().getColumnCount(); c++) {
                                row.getString(c);
                            }
                        }
                    }

                    @Override
                    public void close() throws SQLException {
                        connection.close();
                    }
                };
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    void dropScratch() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    private static String sha256Like() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }
}
