package iq.tsh.erp.ops.dashboard;

import java.time.Instant;
import java.util.List;

/**
 * The work waiting for the projections: the head of the event stream and, per processing group and segment, how
 * far behind it the workers are.
 *
 * @param head      the global index of the newest stored event (-1: none yet)
 * @param headAt    when it was stored
 */
record QueueView(Instant at, long head, Instant headAt, List<GroupQueue> groups) {

    /**
     * One processing group. Its lag is its slowest segment's: every segment reads the whole stream.
     *
     * @param lagEvents            events in the stream beyond the slowest segment (absent if a token is unreadable)
     * @param lagSeconds           age of the oldest event not handled yet; 0 when caught up
     * @param oldestUnprocessedAt  when that event was stored
     * @param throughput           what this node's workers did lately
     */
    record GroupQueue(String group, long head, Long lagEvents, long lagSeconds, Instant oldestUnprocessedAt,
                      Throughput throughput, List<SegmentQueue> segments) {
    }

    /**
     * One segment.
     *
     * @param position       the last global index handled; absent before the first event
     * @param replaying      replaying after a reset; then {@code resetPosition} is where the reset happened
     */
    record SegmentQueue(int segment, String owner, Instant claimedAt, Long position, boolean replaying,
                        Long resetPosition, Long lagEvents, long lagSeconds, Instant oldestUnprocessedAt) {
    }

    /**
     * Events this node's workers of the group handled per second over the last five minutes (the window actually
     * covered, shorter just after start), and in all since this node started; other nodes report their own.
     */
    record Throughput(long windowSeconds, double handledPerSecond, long handledSinceStart) {
    }
}
