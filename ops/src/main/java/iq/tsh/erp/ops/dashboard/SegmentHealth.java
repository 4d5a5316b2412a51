package iq.tsh.erp.ops.dashboard;

import java.time.Instant;

/**
 * One segment of a processor: who holds it, and, when this node processes it, what its worker reports.
 *
 * @param owner        the node holding the claim; absent when nobody does
 * @param claimedAt    the owner's last claim renewal (unowned: when it was released)
 * @param claimStale   the owner has not renewed for longer than the lock timeout: it is probably dead
 * @param local        this node's worker processes the segment (the fields below come from it)
 * @param position     the last global index handled; absent before the first event
 * @param caughtUp     the worker has reached the head of the stream
 * @param replaying    the segment replays events it handled before a reset
 * @param errorState   the worker is retrying a failing batch
 * @param error        why, in one line
 */
record SegmentHealth(
        int segment,
        String owner,
        Instant claimedAt,
        boolean claimStale,
        boolean local,
        Long position,
        Boolean caughtUp,
        boolean replaying,
        Boolean errorState,
        String error) {
}
