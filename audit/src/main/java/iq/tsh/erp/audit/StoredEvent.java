package iq.tsh.erp.audit;

/**
 * One row of {@code domain_event_entry} as stored, payload and metadata as their JSON text.
 *
 * @param timestamp the stored ISO-8601 text, shown as stored so auditors see exactly what the store holds
 */
record StoredEvent(
        long globalIndex,
        String aggregateId,
        String aggregateType,
        long sequence,
        String eventId,
        String payloadType,
        String payloadRevision,
        String timestamp,
        String payload,
        String metadata) {

    /** The event's simple class name ({@code ProductSynced}), the name auditors and the design use. */
    String type() {
        return simpleName(payloadType);
    }

    static String simpleName(String className) {
        int cut = Math.max(className.lastIndexOf('.'), className.lastIndexOf('$'));
        return className.substring(cut + 1);
    }
}
