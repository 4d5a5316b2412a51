package iq.tsh.erp.ops.dashboard;

import java.time.Instant;
import java.util.List;

/**
 * Is the sync working: one verdict and what it rests on.
 *
 * @param verdict     healthy (no alert), degraded (warnings only) or unhealthy (a critical alert)
 * @param problems    the active alerts' messages, critical first (details at /alerts)
 * @param deadLetters absent when the database does not answer
 * @param lag         per processing group; empty when the database does not answer
 */
record HealthView(String verdict, Instant at, List<String> problems, DatabaseCheck database,
                  List<ProcessorHealth> processors, DeadLetterSummary deadLetters, List<GroupLag> lag) {

    /** How far behind a processing group is: events not yet handled, and the age of the oldest. */
    record GroupLag(String group, Long events, long seconds) {
    }
}
