package iq.tsh.erp.audit.fold;

import com.fasterxml.jackson.databind.node.ObjectNode;
import iq.tsh.erp.api.DomainEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * How one aggregate type's events change what auditors see of it. It knows its events by their exact api classes;
 * an event it was not told about is not its to fold, whatever the event is called.
 */
final class AggregateFold {

    /** What one event does to the state; the payload is the stored JSON object (numbers exact), the fold's to use. */
    @FunctionalInterface
    interface Step {
        void apply(ObjectNode state, ObjectNode payload);
    }

    private final String aggregate;
    private final Map<Class<? extends DomainEvent>, Step> steps;
    private final Map<String, Step> byStoredName = new LinkedHashMap<>();

    private AggregateFold(String aggregate, Map<Class<? extends DomainEvent>, Step> steps) {
        this.aggregate = aggregate;
        this.steps = Map.copyOf(steps);
        steps.forEach((type, step) -> byStoredName.put(type.getName(), step));
    }

    static Builder of(String aggregate) {
        return new Builder(aggregate);
    }

    String aggregate() {
        return aggregate;
    }

    Set<Class<? extends DomainEvent>> eventTypes() {
        return steps.keySet();
    }

    /** Whether {@code payloadType}, the fully qualified class name Axon stored, is one of this aggregate's events. */
    boolean knows(String payloadType) {
        return byStoredName.containsKey(payloadType);
    }

    void apply(String payloadType, ObjectNode state, ObjectNode payload) {
        Step step = byStoredName.get(payloadType);
        if (step == null) {
            throw new IllegalArgumentException(payloadType + " is not an event of " + aggregate);
        }
        step.apply(state, payload);
    }

    /** Lists an aggregate's events one by one, so a class named twice is a mistake found at start-up. */
    static final class Builder {

        private final String aggregate;
        private final Map<Class<? extends DomainEvent>, Step> steps = new LinkedHashMap<>();

        private Builder(String aggregate) {
            this.aggregate = aggregate;
        }

        Builder on(Class<? extends DomainEvent> type, Step step) {
            if (steps.putIfAbsent(type, step) != null) {
                throw new IllegalStateException(aggregate + " folds " + type.getName() + " twice");
            }
            return this;
        }

        AggregateFold build() {
            return new AggregateFold(aggregate, steps);
        }
    }
}
