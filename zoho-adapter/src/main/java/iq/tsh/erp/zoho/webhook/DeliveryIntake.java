package iq.tsh.erp.zoho.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import iq.tsh.erp.api.common.Causes;
import iq.tsh.erp.api.common.StorableValues;
import iq.tsh.erp.zoho.parse.UnusableRecordException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way a Zoho record enters the system, whatever brought it (webhook, catch-up, re-drive). Every delivery
 * is kept in the inbox with its outcome: a good one in the same transaction as the events it produced, so the two
 * never disagree; a rejected or failed one on its own. A byte-identical re-delivery is a duplicate and sends
 * nothing. A conflict with a concurrent delivery of the same record retries the whole delivery.
 */
@Component
public class DeliveryIntake {

    private static final Logger log = LoggerFactory.getLogger(DeliveryIntake.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_ATTEMPTS = 8;

    private final WebhookDispatcher dispatcher;
    private final Inbox inbox;
    private final UnsignedDeletes unsignedDeletes;
    private final TransactionTemplate transaction;

    DeliveryIntake(WebhookDispatcher dispatcher, Inbox inbox, UnsignedDeletes unsignedDeletes,
                   PlatformTransactionManager transactionManager) {
        this.dispatcher = dispatcher;
        this.inbox = inbox;
        this.unsignedDeletes = unsignedDeletes;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    public WebhookAnswer receive(Delivery delivery) {
        return receive(delivery, null);
    }

    /** A record fetched from Zoho's API (catch-up): wrapped as Zoho's webhooks wrap it, then received as usual. */
    public WebhookAnswer receiveRecord(WebhookKind kind, DeliveryEvent event, JsonNode record, String source) {
        ObjectNode wrapped = JSON.createObjectNode().set(kind.wrapper(), record);
        byte[] body = wrapped.toString().getBytes(StandardCharsets.UTF_8);
        // Our own fetch from Zoho's API: the event is ours to name.
        return receive(new Delivery(kind, event, "application/json", body, Map.of(), source, true));
    }

    WebhookAnswer receive(Delivery delivery, UUID redriveOf) {
        Received received = new Received(UUID.randomUUID(), Instant.now(), sha256(delivery.body()), delivery, redriveOf);
        List<RecordCommand> commands;
        try {
            JsonNode record = DeliveryBody.record(delivery.kind(), delivery.contentType(), delivery.body());
            commands = dispatcher.commandsFor(delivery.kind(), delivery.event(), record);
            if (delivery.event().isDelete() && !delivery.eventAuthenticated()) {
                unsignedDeletes.confirm(delivery.kind(), record);
            }
        } catch (BadDeliveryException e) {
            keep(received.ended(e.status() >= 500 ? "failed" : "rejected", e.status(),
                    problem(e.title(), e.getMessage(), e.errors().isEmpty() ? null : e.errors()), List.of(), 0, null));
            throw e;
        } catch (UnusableRecordException e) {
            keep(received.ended("rejected", 422, problem("Unusable Zoho record", e.getMessage(), e.errors()),
                    List.of(), 0, null));
            throw e;
        } catch (RuntimeException e) {
            // A body this code did not foresee: kept, so that it can be re-driven once the cause is fixed.
            log.error("Delivery {} of {} could not be read", received.id(), delivery.kind().path(), e);
            keep(received.ended("failed", 500, problem("Unexpected failure", e.toString(), null), List.of(), 0, null));
            throw e;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> process(received, commands));
            } catch (RuntimeException e) {
                if (Conflicts.isConflict(e) && attempt < MAX_ATTEMPTS) {
                    log.debug("Delivery {} met a concurrent change of its record; attempt {}", received.id(), attempt);
                    Conflicts.pause(attempt);
                    continue;
                }
                log.warn("Delivery {} of {} failed: {}", received.id(), delivery.kind().path(),
                        StorableValues.printable(e.toString()));
                if (!databaseAway(e)) {
                    // With no connection to be had, trying to keep it would only make Zoho wait twice as long.
                    keep(received.ended("failed", 503, problem("Temporarily unavailable", e.toString(), null),
                            List.of(), 0, null));
                }
                throw BadDeliveryException.unavailable("the delivery could not be stored now; send it again", e);
            }
        }
    }

    /** No connection could be had at all: the database is down or unreachable, not just this statement failing. */
    private static boolean databaseAway(Throwable failure) {
        return Causes.any(failure, cause -> cause instanceof CannotGetJdbcConnectionException
                || cause instanceof CannotCreateTransactionException
                || cause instanceof java.sql.SQLTransientConnectionException
                || cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                && sql.getSQLState().startsWith("08"));
    }

    /**
     * Writes an outcome outside the delivery's own transaction. If even that fails the database is what failed:
     * the answer becomes 503 so that Zoho sends the delivery again.
     */
    private void keep(InboxEntry entry) {
        try {
            inbox.insert(entry);
        } catch (RuntimeException e) {
            log.warn("Delivery {} could not be kept in the inbox: {}", entry.deliveryId(),
                    StorableValues.printable(e.toString()));
            throw BadDeliveryException.unavailable("the delivery could not be recorded now; send it again", e);
        }
    }

    /** Keeps a delivery refused before it could be read as a record (wrong organisation, unknown kind or event). */
    void keepRefused(String kindPath, String event, String contentType, byte[] body, Map<String, String> headers,
                     BadDeliveryException refusal) {
        keep(new InboxEntry(UUID.randomUUID(), kindPath, event == null ? "" : event, "webhook", Instant.now(),
                contentType, headers, body, sha256(body), "rejected", refusal.status(),
                problem(refusal.title(), refusal.getMessage(), refusal.errors().isEmpty() ? null : refusal.errors()),
                List.of(), 0, null, null));
    }

    private WebhookAnswer process(Received received, List<RecordCommand> commands) {
        Delivery delivery = received.delivery();
        String kind = delivery.kind().path();
        String event = eventName(delivery.event());
        inbox.lockBody(kind, event, received.sha256());
        var earlier = inbox.findProcessed(kind, event, received.sha256());
        if (earlier.isPresent()) {
            inbox.insert(received.ended("duplicate", 200, null, earlier.get().aggregateIds(), 0,
                    earlier.get().deliveryId()));
            return answer(received.id(), "duplicate", earlier.get().aggregateIds());
        }
        MetaData metaData = MetaData.with("deliveryId", received.id().toString())
                .and("webhookKind", kind).and("webhookEvent", event).and("deliverySource", delivery.source());
        WebhookDispatcher.Dispatched dispatched = dispatcher.send(commands, metaData);
        String status = dispatched.outcome().name().toLowerCase(Locale.ROOT);
        inbox.insert(received.ended(status, 200, null, dispatched.aggregateIds(), dispatched.acceptedCommands(), null));
        return answer(received.id(), status, dispatched.aggregateIds());
    }

    private static WebhookAnswer answer(UUID deliveryId, String status, List<String> aggregateIds) {
        return new WebhookAnswer(deliveryId.toString(), status, aggregateIds.isEmpty() ? null : aggregateIds.get(0),
                aggregateIds);
    }

    static String eventName(DeliveryEvent event) {
        return event.name().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Object> problem(String title, String detail, Object errors) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("title", title);
        problem.put("detail", detail);
        if (errors != null) {
            problem.put("errors", errors);
        }
        return problem;
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** A delivery as it arrived, before its outcome is known. */
    private record Received(UUID id, Instant at, String sha256, Delivery delivery, UUID redriveOf) {

        InboxEntry ended(String outcome, int httpStatus, Map<String, Object> error, List<String> aggregateIds,
                         int eventCount, UUID duplicateOf) {
            return new InboxEntry(id, delivery.kind().path(), eventName(delivery.event()), delivery.source(), at,
                    delivery.contentType(), delivery.headers(), delivery.body(), sha256, outcome, httpStatus, error,
                    aggregateIds, eventCount, duplicateOf, redriveOf);
        }
    }
}
