package iq.tsh.erp.zoho.catchup;

/**
 * Runs work on one node of several at a time. The catch-up must not run on two instances at once: both would spend
 * Zoho's API quota on the same records (the intake would make the second pass harmless, not free).
 */
@FunctionalInterface
interface RunAlone {

    /** For a single instance, and for tests: the work always runs here. */
    RunAlone HERE = work -> {
        work.run();
        return true;
    };

    /** Runs {@code work} unless another node runs it now; false when it did not run. */
    boolean run(Runnable work);
}
