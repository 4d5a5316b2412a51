package iq.tsh.erp.app.workers;

import iq.tsh.erp.api.product.ProductSynced;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.stereotype.Component;

/**
 * A projection for tests that fails on chosen records: permanently (a bug) or a few times (the database away).
 * It records every attempt and what it handled; with no record chosen it handles everything.
 */
@Component
@ProcessingGroup("faults")
public class FaultyProjection {

    static final Set<String> BROKEN = ConcurrentHashMap.newKeySet();
    static final Map<String, AtomicInteger> TRANSIENT_FAILURES_LEFT = new ConcurrentHashMap<>();
    static final Map<String, List<Instant>> ATTEMPTS = new ConcurrentHashMap<>();
    static final Map<String, List<Long>> HANDLED = new ConcurrentHashMap<>();

    @EventHandler
    void on(ProductSynced event, @SequenceNumber long sequence) {
        String itemId = event.product().itemId();
        ATTEMPTS.computeIfAbsent(itemId, id -> new CopyOnWriteArrayList<>()).add(Instant.now());
        AtomicInteger transientLeft = TRANSIENT_FAILURES_LEFT.get(itemId);
        if (transientLeft != null && transientLeft.getAndDecrement() > 0) {
            throw new TransientDataAccessResourceException("simulated: database away for " + itemId);
        }
        if (BROKEN.contains(itemId)) {
            throw new IllegalStateException("simulated bug on " + itemId);
        }
        HANDLED.computeIfAbsent(itemId, id -> new CopyOnWriteArrayList<>()).add(sequence);
    }
}
