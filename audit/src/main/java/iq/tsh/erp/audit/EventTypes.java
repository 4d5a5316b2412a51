package iq.tsh.erp.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Turns the {@code type} filter into stored payload types. Auditors write {@code ProductSynced}; the store holds
 * {@code iq.tsh.erp.api.product.ProductSynced}. Resolving the short name first keeps the query on the type index.
 */
@Component
class EventTypes {

    private static final int MAX_NAMES = 50;

    private final EventTable events;

    EventTypes(EventTable events) {
        this.events = events;
    }

    /**
     * The full names for a comma-separated list of simple or full names; {@code null} for no filter, an empty list
     * when no stored event has any of those types.
     */
    List<String> resolve(String filter) {
        if (filter == null || filter.isBlank()) {
            return null;
        }
        List<String> names = Arrays.stream(filter.split(",")).map(String::strip).filter(name -> !name.isEmpty())
                .distinct().toList();
        if (names.isEmpty() || names.size() > MAX_NAMES) {
            throw AuditProblem.badParameter("type is 1 to " + MAX_NAMES + " event type names, comma-separated");
        }
        Set<String> full = new LinkedHashSet<>();
        List<String> simple = new ArrayList<>();
        for (String name : names) {
            if (name.contains(".")) {
                full.add(name);
            } else {
                simple.add(name);
            }
        }
        if (!simple.isEmpty()) {
            for (String stored : events.payloadTypes()) {
                if (simple.contains(StoredEvent.simpleName(stored))) {
                    full.add(stored);
                }
            }
        }
        return List.copyOf(full);
    }
}
