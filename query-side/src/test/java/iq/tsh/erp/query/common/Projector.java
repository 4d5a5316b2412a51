package iq.tsh.erp.query.common;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Drives a projection the way a tracking processor does: real domain event messages through Axon's annotated
 * handler adapter (so {@code @SequenceNumber} and {@code @Timestamp} are resolved by Axon), each in a Spring
 * transaction over the test database; a reset through the projection's {@code @ResetHandler}.
 */
public final class Projector {

    public static final Instant T0 = Instant.parse("2025-05-06T07:14:26.123456Z");

    private final AnnotationEventHandlerAdapter adapter;
    private final String aggregateType;

    public Projector(Object projection, String aggregateType) {
        this.adapter = new AnnotationEventHandlerAdapter(projection);
        this.aggregateType = aggregateType;
    }

    /** The emitter projections announce progress through; nobody subscribes in these tests. */
    public static ProgressUpdates progressUpdates() {
        QueryUpdateEmitter emitter = SimpleQueryUpdateEmitter.builder().build();
        return new ProgressUpdates(emitter);
    }

    /** The event at {@code sequence} of aggregate {@code aggregateId}, stamped {@code sequence} seconds after T0. */
    public DomainEventMessage<?> event(String aggregateId, long sequence, Object payload) {
        return new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence, payload, MetaData.emptyInstance(),
                UUID.nameUUIDFromBytes((aggregateId + "/" + sequence).getBytes()).toString(), T0.plusSeconds(sequence));
    }

    /** The aggregate's events numbered 0, 1, 2 ... in the given order. */
    public List<DomainEventMessage<?>> history(String aggregateId, Object... payloads) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (int i = 0; i < payloads.length; i++) {
            events.add(event(aggregateId, i, payloads[i]));
        }
        return events;
    }

    public void handle(List<? extends DomainEventMessage<?>> events) {
        events.forEach(this::handle);
    }

    public void handle(DomainEventMessage<?> event) {
        ReadModelDatabase.transactions().executeWithoutResult(status -> {
            try {
                adapter.handle(event);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** What a replay does first: the projection's reset handler. */
    public void reset() {
        ReadModelDatabase.transactions().executeWithoutResult(status -> adapter.prepareReset());
    }

    /** Every row of these tables, each sorted by all its columns: what "the same rows" compares. */
    public static List<List<Map<String, Object>>> rows(String... tables) {
        JdbcTemplate jdbc = ReadModelDatabase.jdbc();
        List<List<Map<String, Object>>> all = new ArrayList<>();
        for (String table : tables) {
            all.add(jdbc.queryForList("SELECT * FROM " + table + " t ORDER BY t::text"));
        }
        return all;
    }
}
