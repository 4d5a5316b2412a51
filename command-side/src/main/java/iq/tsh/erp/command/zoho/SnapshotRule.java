package iq.tsh.erp.command.zoho;

import iq.tsh.erp.api.common.SyncOutcome;
import java.time.Instant;
import java.util.Objects;

/**
 * How an aggregate mirroring a Zoho record judges a snapshot Zoho sent. Zoho delivers whole records, in any order
 * and more than once, and its modification time is the only clock both sides share:
 * <ul>
 *   <li>older than the newest time we know: {@link SyncOutcome#STALE};</li>
 *   <li>after a delete, anything not strictly newer than the deleted snapshot (or without a time): stale, so a late
 *       re-delivery cannot bring a deleted record back;</li>
 *   <li>the same content we hold: {@link SyncOutcome#UNCHANGED};</li>
 *   <li>otherwise, including the same time with other content: {@link SyncOutcome#ACCEPTED}.</li>
 * </ul>
 * Records without a modification time (price lists) are never stale, only unchanged or accepted.
 */
public final class SnapshotRule {

    private SnapshotRule() {
    }

    /**
     * @param knownTime      the newest modification time the aggregate has seen, {@code null} if none
     * @param deleted        whether the record is deleted
     * @param knownContent   what the aggregate holds, {@code null} when new
     * @param incomingTime   the snapshot's modification time, {@code null} when Zoho sent none
     * @param incomingContent the snapshot, compared by {@code equals}
     */
    public static SyncOutcome judge(Instant knownTime, boolean deleted, Object knownContent,
                                    Instant incomingTime, Object incomingContent) {
        if (deleted) {
            boolean newer = incomingTime != null && knownTime != null && incomingTime.isAfter(knownTime);
            return newer ? SyncOutcome.ACCEPTED : SyncOutcome.STALE;
        }
        if (knownTime != null && incomingTime != null && incomingTime.isBefore(knownTime)) {
            return SyncOutcome.STALE;
        }
        return Objects.equals(knownContent, incomingContent) ? SyncOutcome.UNCHANGED : SyncOutcome.ACCEPTED;
    }

    /** The later of two times, either of which may be absent. */
    public static Instant newest(Instant known, Instant incoming) {
        if (known == null) {
            return incoming;
        }
        return incoming == null || known.isAfter(incoming) ? known : incoming;
    }
}
