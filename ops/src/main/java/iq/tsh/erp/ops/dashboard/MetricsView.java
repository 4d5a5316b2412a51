package iq.tsh.erp.ops.dashboard;

import java.time.Instant;
import java.util.List;

/**
 * This node's processing and webhook metrics (each node reports its own; Prometheus at {@code prometheus} has them
 * all, scraped per node).
 *
 * @param since       when this node started: its counters count from then
 * @param prometheus  where the same meters are exported
 */
record MetricsView(Instant at, Instant since, List<ProcessorMetrics> processors, WebhookMetrics webhooks,
                   String prometheus) {

    /**
     * One event processor.
     *
     * @param sinceStart      events read, handled, failed and ignored since this node started
     * @param lastMinute      rates over about the last minute
     * @param lastFiveMinutes rates over about the last five minutes
     * @param lastHour        rates over about the last hour
     * @param eventLatencyMs  how old the last handled event was when handled
     * @param handlingTimes   how long successful handling takes, per event type
     */
    record ProcessorMetrics(String processor, ProcessorCounts sinceStart, Rate lastMinute, Rate lastFiveMinutes,
                            Rate lastHour, Double eventLatencyMs, List<LatencyView> handlingTimes) {
    }

    /**
     * Rates over a window.
     *
     * @param windowSeconds    how long the window really was (shorter just after start)
     * @param handledPerSecond events handled, successfully or not
     * @param failed           handling failures (a retried event fails once per attempt)
     * @param failedPercent    failures among handled events; absent when none was handled
     */
    record Rate(long windowSeconds, double handledPerSecond, long failed, Double failedPercent) {
    }

    /**
     * The webhook endpoint ({@code POST /api/zoho/webhooks/{kind}}) since this node started.
     *
     * @param clientErrorPercent answers 4xx (refused deliveries) among all
     * @param serverErrorPercent answers 5xx among all
     * @param byStatus           timings per HTTP status answered
     */
    record WebhookMetrics(long requests, Double clientErrorPercent, Double serverErrorPercent,
                          List<LatencyView> byStatus) {
    }
}
