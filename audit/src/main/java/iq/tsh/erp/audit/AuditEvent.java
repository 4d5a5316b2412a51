package iq.tsh.erp.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * One stored event as auditors read it: where it sits (sequence in its record, index in the global stream), what it
 * says (payload, exactly as stored) and what caused it (metadata, and the delivery when a webhook did).
 *
 * @param type      the event's simple name, {@code ProductSynced}; {@code payloadType} is the full class name
 * @param timestamp when the event was stored, as the event store holds it (ISO-8601, UTC)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AuditEvent(
        long sequence,
        long globalIndex,
        String aggregateId,
        String aggregateType,
        String type,
        String payloadType,
        String payloadRevision,
        String eventId,
        String timestamp,
        RawJson payload,
        JsonNode metadata,
        DeliveryRef delivery) {

    static AuditEvent of(StoredEvent stored) {
        JsonNode metadata = AuditJson.tree(stored.metadata());
        return new AuditEvent(stored.sequence(), stored.globalIndex(), stored.aggregateId(), stored.aggregateType(),
                stored.type(), stored.payloadType(), stored.payloadRevision(), stored.eventId(), stored.timestamp(),
                AuditJson.compact(stored.payload()),
                metadata == null ? JsonNodeFactory.instance.objectNode() : metadata, null);
    }

    /** A metadata value as text ({@code deliveryId}, {@code subject}, {@code correlationId}), or null. */
    String meta(String key) {
        JsonNode value = metadata.get(key);
        return value == null || value.isNull() ? null : value.isValueNode() ? value.asText() : value.toString();
    }

    AuditEvent with(DeliveryRef cause) {
        return new AuditEvent(sequence, globalIndex, aggregateId, aggregateType, type, payloadType, payloadRevision,
                eventId, timestamp, payload, metadata, cause);
    }
}
