package iq.tsh.erp.ops.dashboard;

import java.time.Instant;
import java.util.List;

/**
 * The active alerts, critical first, with the verdict they make (the same as health's).
 *
 * @param thresholds the configuration the alerts were judged by
 */
record AlertsView(Instant at, String verdict, long critical, long warning, List<Alert> alerts,
                  AlertSettings thresholds) {
}
