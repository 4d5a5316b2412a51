package iq.tsh.erp.audit;

import com.fasterxml.jackson.databind.JsonNode;
import iq.tsh.erp.audit.fold.UnfoldedEvent;
import java.time.Instant;
import java.util.List;

/**
 * A record as the system knew it at {@code asOf}: the fold of its events stored up to that instant, which event
 * was the last of them, and the events the fold could not include (empty when the state is whole).
 */
record StateView(
        String aggregateId,
        Instant asOf,
        long lastSequence,
        long lastGlobalIndex,
        String lastEventType,
        String lastTimestamp,
        long eventCount,
        JsonNode state,
        List<UnfoldedEvent> unfoldedEvents) {
}
