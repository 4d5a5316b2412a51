package iq.tsh.erp.ops.dashboard;

import java.time.Instant;
import java.util.List;

/**
 * One reading of the whole sync, taken once and judged once, so that health's verdict and the alerts agree.
 * Without the database only the processors are known; the other parts are then null.
 */
record SyncSnapshot(Instant at, DatabaseCheck database, List<ProcessorHealth> processors, QueueView queue,
                    DeadLetterSummary deadLetters, DeliveryActivity deliveries) {
}
