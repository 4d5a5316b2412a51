package iq.tsh.erp.audit;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads the webhook inbox ({@code webhook_inbox}) for auditors. The Zoho adapter owns the table and keeps its own
 * access private; reading it with SQL here keeps the audit side free of the adapter's internals.
 */
@Repository
class InboxReader {

    private final JdbcTemplate jdbc;

    InboxReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<DeliveryView> find(UUID deliveryId) {
        return jdbc.query("""
                select delivery_id, kind, event, source, received_at, completed_at, outcome, http_status, error::text,
                       aggregate_ids::text, event_count, duplicate_of, redrive_of, content_type, headers::text,
                       body_sha256, body
                from webhook_inbox where delivery_id = ?""", InboxReader::view, deliveryId).stream().findFirst();
    }

    /** The deliveries among {@code deliveryIds}, by id; ids that are no UUID or not in the inbox are left out. */
    Map<String, DeliveryRef> refs(Collection<String> deliveryIds) {
        List<UUID> ids = deliveryIds.stream().distinct().map(InboxReader::uuid).filter(id -> id != null).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, DeliveryRef> found = new LinkedHashMap<>();
        jdbc.query("select delivery_id, kind, event, source, received_at, outcome from webhook_inbox"
                        + " where delivery_id in (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")",
                row -> {
                    String id = row.getString("delivery_id");
                    found.put(id, new DeliveryRef(id, row.getString("kind"), row.getString("event"),
                            row.getString("source"), instant(row.getTimestamp("received_at")),
                            row.getString("outcome"), DeliveryRef.linkTo(id)));
                }, ids.toArray());
        return found;
    }

    static UUID uuid(String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException notAUuid) {
            return null;
        }
    }

    private static DeliveryView view(ResultSet row, int number) throws SQLException {
        byte[] body = row.getBytes("body");
        String text = utf8(body);
        return new DeliveryView(row.getString("delivery_id"), row.getString("kind"), row.getString("event"),
                row.getString("source"), instant(row.getTimestamp("received_at")),
                instant(row.getTimestamp("completed_at")), row.getString("outcome"), row.getInt("http_status"),
                AuditJson.compact(row.getString("error")), AuditJson.compact(row.getString("aggregate_ids")),
                row.getInt("event_count"), row.getString("duplicate_of"), row.getString("redrive_of"),
                row.getString("content_type"), AuditJson.compact(row.getString("headers")),
                row.getString("body_sha256"), text != null ? text : new String(body, StandardCharsets.UTF_8),
                text != null ? null : Base64.getEncoder().encodeToString(body));
    }

    /** The body as text when it is valid UTF-8, else null. */
    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
