package iq.tsh.erp.query.common;

import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;

/**
 * Makes each projection handler's database work succeed or fail on its own, inside the handler. Without it, a value
 * the database refuses (a NUL in text, a number beyond {@code numeric}) fails mid-batch and leaves the transaction
 * aborted, so the dead-letter insert fails too: the processor retries that batch forever and the group stalls.
 *
 * <p>Wrapped are the {@code @EventHandler}s of {@link ProcessingGroup} classes (the projections), never aggregates.
 * Axon's Spring support picks this bean up as a handler enhancer.
 */
@Component
class EventIsolation implements HandlerEnhancerDefinition {

    private final DataSource dataSource;

    EventIsolation(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        boolean projection = original.canHandleMessageType(EventMessage.class)
                && !original.hasAnnotation(EventSourcingHandler.class)
                && AnnotatedElementUtils.hasAnnotation(original.declaringClass(), ProcessingGroup.class);
        return projection ? new IsolatedEventHandler<>(original, dataSource) : original;
    }
}
