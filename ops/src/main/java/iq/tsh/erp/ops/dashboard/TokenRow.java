package iq.tsh.erp.ops.dashboard;

import java.time.Duration;
import java.time.Instant;

/**
 * One segment of a processing group as the cluster sees it in {@code token_entry}: its position and the node that
 * holds its claim.
 *
 * @param owner      the node holding the claim ({@code pid@host}), null when nobody does
 * @param claimedAt  when the owner last renewed its claim (or, unowned, when the claim was released)
 */
record TokenRow(String processor, int segment, String owner, Instant claimedAt, TrackingPosition position) {

    /** Claimed, but not renewed for longer than the lock timeout: the owner has died and another node may take it. */
    boolean claimStale(Instant now, Duration lockTimeout) {
        return owner != null && claimedAt != null && claimedAt.plus(lockTimeout).isBefore(now);
    }
}
