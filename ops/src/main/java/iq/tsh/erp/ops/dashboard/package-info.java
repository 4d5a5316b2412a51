/**
 * The ops sync dashboard (role OPS): health, stats, queue, dead letters, processing log, metrics, inbox and alerts,
 * read from the database and Axon's processors without ever claiming a token or touching a dead letter.
 */
package iq.tsh.erp.ops.dashboard;
