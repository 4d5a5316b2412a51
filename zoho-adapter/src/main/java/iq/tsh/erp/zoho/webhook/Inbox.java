package iq.tsh.erp.zoho.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import iq.tsh.erp.api.common.StorableValues;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code webhook_inbox} table: every authenticated delivery, its raw body and its outcome. */
@Repository
class Inbox {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = """
            delivery_id, kind, event, source, received_at, content_type, headers::text, body, body_sha256, outcome,
            http_status, error::text, aggregate_ids::text, event_count, duplicate_of, redrive_of""";

    private final JdbcTemplate jdbc;

    Inbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes one delivery. Whatever the delivery held, the row can be written: the body is bytes, and every text that
     * may echo it (kind, event, content type, headers, the problem) is made printable and cut to its column first.
     */
    void insert(InboxEntry entry) {
        jdbc.update("insert into webhook_inbox (" + COLUMNS.replace("::text", "") + ", completed_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, now())",
                entry.deliveryId(), column(entry.kind(), 32), column(entry.event(), 32), column(entry.source(), 16),
                Timestamp.from(entry.receivedAt()), column(entry.contentType(), 255), json(entry.headers()),
                entry.body(), entry.bodySha256(), entry.outcome(), entry.httpStatus(),
                entry.error() == null ? null : json(entry.error()), json(entry.aggregateIds()), entry.eventCount(),
                entry.duplicateOf(), entry.redriveOf());
    }

    private static String column(String text, int length) {
        return StorableValues.printable(text, length);
    }

    /**
     * Serialises deliveries of the same bytes, so that of two identical deliveries arriving together one is
     * processed and the other is the duplicate. Held until the surrounding transaction ends.
     */
    void lockBody(String kind, String event, String bodySha256) {
        jdbc.queryForList("select pg_advisory_xact_lock(hashtextextended(?, 0))",
                kind + "/" + event + "/" + bodySha256);
    }

    /** The earlier delivery of the same bytes that was processed (a rejected or failed one may be tried again). */
    Optional<InboxEntry> findProcessed(String kind, String event, String bodySha256) {
        return jdbc.query("select " + COLUMNS + " from webhook_inbox where kind = ? and event = ? and body_sha256 = ?"
                        + " and outcome in ('accepted', 'stale', 'unchanged') order by received_at limit 1",
                this::entry, kind, event, bodySha256).stream().findFirst();
    }

    Optional<InboxEntry> find(UUID deliveryId) {
        return jdbc.query("select " + COLUMNS + " from webhook_inbox where delivery_id = ?", this::entry, deliveryId)
                .stream().findFirst();
    }

    private InboxEntry entry(ResultSet row, int number) throws SQLException {
        return new InboxEntry(row.getObject("delivery_id", UUID.class), row.getString("kind"), row.getString("event"),
                row.getString("source"), row.getTimestamp("received_at").toInstant(), row.getString("content_type"),
                read(row.getString("headers"), new TypeReference<>() { }), row.getBytes("body"),
                row.getString("body_sha256"), row.getString("outcome"), row.getInt("http_status"),
                row.getString("error") == null ? null : read(row.getString("error"), new TypeReference<>() { }),
                read(row.getString("aggregate_ids"), new TypeReference<List<String>>() { }), row.getInt("event_count"),
                row.getObject("duplicate_of", UUID.class), row.getObject("redrive_of", UUID.class));
    }

    /** JSON that jsonb accepts: no string in it holds a NUL ({@code \\u0000} is refused by jsonb) or a lone surrogate. */
    private static String json(Object value) {
        return printable(JSON.valueToTree(value)).toString();
    }

    private static JsonNode printable(JsonNode node) {
        if (node.isTextual()) {
            return TextNode.valueOf(StorableValues.printable(node.textValue()));
        }
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            node.fields().forEachRemaining(field ->
                    copy.set(StorableValues.printable(field.getKey()), printable(field.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(element -> copy.add(printable(element)));
            return copy;
        }
        return node;
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("inbox column is not the JSON it wrote", e);
        }
    }
}
