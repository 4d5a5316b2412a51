/**
 * How a projection's failed event is handled: a dead-letter queue per processing group, retries with exponential
 * backoff and jitter (transient failures never parked), the job that retries due letters, and the processing log.
 */
package iq.tsh.erp.ops.deadletter;
