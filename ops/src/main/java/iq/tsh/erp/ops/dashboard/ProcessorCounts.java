package iq.tsh.erp.ops.dashboard;

/**
 * A processor's event counters on this node since it started (axon-micrometer's counters, summed over event types).
 *
 * @param ingested  events read, handled or not, once per segment that read them (each segment reads the stream)
 * @param succeeded events its handlers handled
 * @param failed    events a handler failed on (each retry counts again)
 * @param ignored   events read but not for this group or not for that segment
 */
record ProcessorCounts(long ingested, long succeeded, long failed, long ignored) {

    static final ProcessorCounts NONE = new ProcessorCounts(0, 0, 0, 0);

    ProcessorCounts minus(ProcessorCounts earlier) {
        return new ProcessorCounts(ingested - earlier.ingested, succeeded - earlier.succeeded,
                failed - earlier.failed, ignored - earlier.ignored);
    }

    /** Failed among handled, as a percentage; null when nothing was handled. */
    Double failurePercent() {
        long handled = succeeded + failed;
        return handled == 0 ? null : Math.round(failed * 10_000.0 / handled) / 100.0;
    }
}
