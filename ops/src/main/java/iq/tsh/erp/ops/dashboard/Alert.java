package iq.tsh.erp.ops.dashboard;

import java.time.Instant;
import java.util.List;

/**
 * An active alert: a measure over its configured threshold.
 *
 * @param rule      dead-letters, lag-seconds, lag-events, processor-stopped, processor-error, segment-unclaimed,
 *                  failure-rate, rejected-deliveries, no-deliveries or database
 * @param severity  warning or critical
 * @param subject   what it is about: a processing group, one of its segments, the webhooks, the database
 * @param value     what was measured, in {@code unit}
 * @param threshold the threshold it is over, in {@code unit}
 * @param since     when the measure went over the threshold, when that can be known
 */
record Alert(String rule, String severity, String subject, String message, Number value, Number threshold,
             String unit, Instant since) {

    static final String WARNING = "warning";
    static final String CRITICAL = "critical";
    static final String DATABASE = "database";

    boolean critical() {
        return CRITICAL.equals(severity);
    }

    /**
     * unhealthy when the node cannot serve (the database does not answer), degraded with any other alert (it serves,
     * but something needs ops: a processor failing, a segment unclaimed, letters waiting), healthy without alerts.
     * Severity says how urgently; the verdict says whether the node works, as {@code /health} does.
     */
    static String verdict(List<Alert> alerts) {
        if (alerts.stream().anyMatch(alert -> alert.rule().equals(DATABASE))) {
            return "unhealthy";
        }
        return alerts.isEmpty() ? "healthy" : "degraded";
    }
}
