package iq.tsh.erp.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Rebuilds what the system knew of a record by folding its event payloads in order, knowing no aggregate's code:
 * each payload's top-level fields overwrite the state's. Three kinds of event say something a plain overwrite
 * would lose, and are folded by name: {@code …Deleted} marks the record deleted (until a later event), {@code
 * …Voided} marks it voided, and {@code StockAdjusted} carries the whole stock after the move in {@code stockAfter}.
 */
final class StateFold {

    private final ObjectNode state = AuditJson.EXACT.createObjectNode();
    private StoredEvent last;
    private long count;

    void apply(StoredEvent event) {
        String type = event.type();
        JsonNode payload = AuditJson.tree(event.payload());
        if (type.equals("StockAdjusted") && payload instanceof ObjectNode adjustment) {
            JsonNode stockAfter = adjustment.remove("stockAfter");
            if (stockAfter != null) {
                state.set("stock", stockAfter);
            }
            state.set("lastStockAdjustment", adjustment);
        } else if (payload instanceof ObjectNode fields) {
            state.setAll(fields);
        } else {
            state.set("value", payload);
        }
        state.put("deleted", type.endsWith("Deleted"));
        if (type.endsWith("Voided")) {
            state.put("voided", true);
        }
        last = event;
        count++;
    }

    boolean isEmpty() {
        return last == null;
    }

    StoredEvent last() {
        return last;
    }

    long count() {
        return count;
    }

    ObjectNode state() {
        return state;
    }
}
