package iq.tsh.erp.audit.fold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One record's history folded, oldest first, into what the system knew of it, by the fold of the record's aggregate
 * type (chosen by the first event a fold knows by its exact class).
 *
 * <p>An event the fold cannot fold is never guessed at: an event type no fold knows (stored by another version, or
 * added to {@code api} without a fold), an event of another aggregate type, or a payload that is not a JSON object
 * changes nothing in the state and is listed in {@link #unfolded()} with the reason. The auditors' endpoint still
 * answers 200 with the state of the events it did fold and that list beside it ({@code unfoldedEvents}, empty when
 * everything folded): the auditor asked a fair question, the rest of the history still folds truly, and a 5xx or a
 * refusal would hide both. A warning is logged so that ops add the missing fold; FoldsTest fails the build for any
 * {@code api} event no fold knows, so in a consistent deployment the list stays empty.
 */
public final class HistoryFold {

    private final ObjectNode state = JsonNodeFactory.withExactBigDecimals(true).objectNode();
    private final List<UnfoldedEvent> unfolded = new ArrayList<>();
    private AggregateFold fold;

    /**
     * Folds the next stored event.
     *
     * @param type        the event's simple class name
     * @param payloadType the fully qualified class name Axon stored
     * @param payload     the stored payload as a tree (numbers exact); the fold may take it apart
     */
    public void apply(long sequence, long globalIndex, String type, String payloadType, JsonNode payload) {
        if (fold == null) {
            Optional<AggregateFold> owner = Folds.owning(payloadType);
            if (owner.isEmpty()) {
                skip(sequence, globalIndex, type, payloadType, "no fold knows the event type " + payloadType);
                return;
            }
            fold = owner.get();
        }
        if (!fold.knows(payloadType)) {
            String reason = Folds.owning(payloadType)
                    .map(other -> "an event of " + other.aggregate() + ", not of " + fold.aggregate())
                    .orElse("no fold knows the event type " + payloadType);
            skip(sequence, globalIndex, type, payloadType, reason);
            return;
        }
        if (!(payload instanceof ObjectNode fields)) {
            skip(sequence, globalIndex, type, payloadType, "the payload is not a JSON object");
            return;
        }
        fold.apply(payloadType, state, fields);
    }

    private void skip(long sequence, long globalIndex, String type, String payloadType, String reason) {
        unfolded.add(new UnfoldedEvent(sequence, globalIndex, type, payloadType, reason));
    }

    /** The record as known after the events folded so far. */
    public ObjectNode state() {
        return state;
    }

    /** The events left out of the state, oldest first; empty when every event folded. */
    public List<UnfoldedEvent> unfolded() {
        return List.copyOf(unfolded);
    }
}
