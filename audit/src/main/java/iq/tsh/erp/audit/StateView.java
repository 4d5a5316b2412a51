package iq.tsh.erp.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A record as the system knew it at {@code asOf}: the fold of its events stored up to that instant, and which
 * event was the last of them.
 */
record StateView(
        String aggregateId,
        Instant asOf,
        long lastSequence,
        long lastGlobalIndex,
        String lastEventType,
        String lastTimestamp,
        long eventCount,
        JsonNode state) {
}
