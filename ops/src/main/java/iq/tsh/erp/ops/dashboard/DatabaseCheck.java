package iq.tsh.erp.ops.dashboard;

/**
 * Whether the database answers, and how fast.
 *
 * @param latencyMs how long a trivial query took
 * @param error     why it did not answer
 */
record DatabaseCheck(boolean up, long latencyMs, String error) {
}
