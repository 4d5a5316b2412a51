package iq.tsh.erp.ops.dashboard;

import java.util.Map;

/**
 * Timings of one kind of work on this node. Count and mean cover the whole run; max and percentiles the last few
 * minutes (Micrometer's decaying window).
 *
 * @param eventType     for event handling: the event's type
 * @param status        for webhooks: the HTTP status answered
 * @param percentilesMs p50, p95, p99 and the like, in milliseconds
 */
record LatencyView(String eventType, Integer status, long count, double meanMs, double maxMs,
                   Map<String, Double> percentilesMs) {
}
