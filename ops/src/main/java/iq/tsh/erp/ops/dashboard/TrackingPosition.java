package iq.tsh.erp.ops.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Where a segment's token says it is, read from the token's JSON in {@code token_entry} rather than through
 * Axon's TokenStore, whose fetchToken would claim the segment away from the worker holding it.
 *
 * @param known        false when the token is not a kind this reader understands (nothing is then claimed about lag)
 * @param index        the last global index handled; -1 before the first event
 * @param gaps         indexes below {@code index} not seen yet (transactions that had not committed)
 * @param replaying    the segment is replaying events it handled before a reset
 * @param resetIndex   during a replay, where the segment was when it was reset
 */
record TrackingPosition(boolean known, long index, List<Long> gaps, boolean replaying, Long resetIndex) {

    static final TrackingPosition UNSTARTED = new TrackingPosition(true, -1, List.of(), false, null);
    static final TrackingPosition UNKNOWN = new TrackingPosition(false, -1, List.of(), false, null);

    /** The position of a stored token: GapAware {"index","gaps"}, GlobalSequence, Replay or Merged tokens. */
    static TrackingPosition of(byte[] token) {
        return token == null ? UNSTARTED : of(StoredValues.json(token));
    }

    private static TrackingPosition of(JsonNode token) {
        if (token == null || token.isNull() || token.isMissingNode()) {
            return UNSTARTED;
        }
        if (token.has("tokenAtReset")) {
            TrackingPosition current = of(token.get("currentToken"));
            TrackingPosition reset = of(token.get("tokenAtReset"));
            return new TrackingPosition(current.known && reset.known, current.index, current.gaps, true,
                    reset.index);
        }
        if (token.has("lowerSegmentToken") || token.has("upperSegmentToken")) {
            // A merge in progress: the segment is as far as the slower half.
            TrackingPosition lower = of(token.get("lowerSegmentToken"));
            TrackingPosition upper = of(token.get("upperSegmentToken"));
            TreeSet<Long> gaps = new TreeSet<>(lower.gaps);
            gaps.addAll(upper.gaps);
            return new TrackingPosition(lower.known && upper.known, Math.min(lower.index, upper.index),
                    List.copyOf(gaps), lower.replaying || upper.replaying, null);
        }
        if (token.path("index").isIntegralNumber()) {
            List<Long> gaps = new ArrayList<>();
            token.path("gaps").forEach(gap -> gaps.add(gap.asLong()));
            return new TrackingPosition(true, token.get("index").asLong(), List.copyOf(gaps), false, null);
        }
        if (token.path("globalIndex").isIntegralNumber()) {
            return new TrackingPosition(true, token.get("globalIndex").asLong(), List.of(), false, null);
        }
        return UNKNOWN;
    }

    /** The position to show: absent before the first event and for tokens this reader does not know. */
    Long shown() {
        return known && index >= 0 ? index : null;
    }
}
