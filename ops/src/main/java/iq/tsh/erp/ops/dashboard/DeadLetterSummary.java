package iq.tsh.erp.ops.dashboard;

import java.time.Instant;
import java.util.List;

/**
 * How many dead letters there are, per processing group and in all.
 *
 * @param parked   retries used up: waiting for ops
 * @param retrying an automatic retry is still due
 * @param waiting  queued behind an earlier letter of the same record
 * @param oldestAt when the oldest letter was dead-lettered
 */
record DeadLetterSummary(long total, long parked, long retrying, long waiting, Instant oldestAt,
                         List<GroupLetters> groups) {

    /** One processing group's letters. */
    record GroupLetters(String group, long total, long parked, long retrying, long waiting, Instant oldestAt) {
    }
}
