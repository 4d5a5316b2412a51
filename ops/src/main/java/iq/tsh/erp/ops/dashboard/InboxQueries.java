package iq.tsh.erp.ops.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import iq.tsh.erp.web.BadParameterException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the {@code webhook_inbox} for ops: the list without bodies (they can be 1 MiB), one delivery with its body. */
@Repository
class InboxQueries {

    static final String LIST = "inbox";
    static final List<String> OUTCOMES = List.of("accepted", "duplicate", "stale", "unchanged", "rejected", "failed");

    private static final String COLUMNS = """
            delivery_id, kind, event, source, received_at, outcome, http_status, error::text as error,
            aggregate_ids::text as aggregate_ids, event_count, duplicate_of, redrive_of, content_type,
            octet_length(body) as body_size""";

    /** @param aggregate an aggregate id the delivery touched ({@code item:5128...}) */
    record Filter(String kind, String outcome, String source, String aggregate, Instant from, Instant to) {
    }

    private final JdbcTemplate jdbc;

    InboxQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Page<DeliveryView> page(Filter filter, Cursor cursor, int limit) {
        SqlFilter where = new SqlFilter()
                .when(filter.kind(), "kind = ?", filter.kind())
                .when(filter.outcome(), "outcome = ?", filter.outcome())
                .when(filter.source(), "source = ?", filter.source())
                .when(filter.aggregate(), "aggregate_ids @> ?::jsonb", jsonArray(filter.aggregate()))
                .when(filter.from(), "received_at >= ?", SqlFilter.time(filter.from()))
                .when(filter.to(), "received_at < ?", SqlFilter.time(filter.to()))
                .when(cursor, "(received_at, delivery_id) < (?, ?)",
                        cursor == null ? null : SqlFilter.time(cursor.at()),
                        cursor == null ? null : uuid("cursor", cursor.id()));
        List<DeliveryView> rows = jdbc.query("select " + COLUMNS + " from webhook_inbox" + where.where()
                        + " order by received_at desc, delivery_id desc limit ?", InboxQueries::delivery,
                where.values(limit + 1));
        return Page.of(rows, limit, LIST, delivery -> new Cursor(delivery.receivedAt(),
                delivery.deliveryId().toString()));
    }

    DeliveryDetailView find(String deliveryId) {
        UUID id = uuid("deliveryId", deliveryId);
        return jdbc.query("select " + COLUMNS + ", headers::text as headers, body_sha256, completed_at, body"
                        + " from webhook_inbox where delivery_id = ?",
                (row, number) -> {
                    byte[] body = row.getBytes("body");
                    String text = utf8(body);
                    return new DeliveryDetailView(delivery(row, number), StoredValues.json(row.getString("headers")),
                            row.getString("body_sha256"), StoredValues.instant(row.getTimestamp("completed_at")),
                            text != null ? "utf-8" : "base64",
                            text != null ? text : Base64.getEncoder().encodeToString(body));
                }, id).stream().findFirst().orElseThrow(() -> new DeliveryNotFoundException(deliveryId));
    }

    /** Refused deliveries in the hour before {@code now}, and the newest webhook delivery. */
    DeliveryActivity activity(Instant now) {
        Object hourAgo = SqlFilter.time(now.minus(Duration.ofHours(1)));
        return jdbc.queryForObject("""
                select (select count(*) from webhook_inbox where outcome = ? and received_at >= ?) as rejected,
                       (select min(received_at) from webhook_inbox where outcome = ? and received_at >= ?) as first,
                       (select max(received_at) from webhook_inbox where source = ?) as last""",
                (row, number) -> new DeliveryActivity(row.getLong("rejected"),
                        StoredValues.instant(row.getTimestamp("first")),
                        StoredValues.instant(row.getTimestamp("last"))),
                "rejected", hourAgo, "rejected", hourAgo, "webhook");
    }

    private static DeliveryView delivery(ResultSet row, int number) throws SQLException {
        return new DeliveryView(row.getObject("delivery_id", UUID.class), row.getString("kind"),
                row.getString("event"), row.getString("source"), row.getTimestamp("received_at").toInstant(),
                row.getString("outcome"), row.getInt("http_status"),
                row.getString("error") == null ? null : StoredValues.json(row.getString("error")),
                aggregateIds(row.getString("aggregate_ids")), row.getInt("event_count"),
                row.getObject("duplicate_of", UUID.class), row.getObject("redrive_of", UUID.class),
                row.getString("content_type"), row.getLong("body_size"));
    }

    private static List<String> aggregateIds(String json) {
        try {
            return json == null ? List.of() : StoredValues.JSON.readValue(json, new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }

    private static String jsonArray(String value) {
        return value == null ? null : StoredValues.JSON.createArrayNode().add(value).toString();
    }

    /** The body as text when it is valid UTF-8; null when it is not (then it is shown in base64). */
    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static UUID uuid(String name, String value) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new BadParameterException(name, name + " must be a delivery id (a UUID)");
        }
    }
}
