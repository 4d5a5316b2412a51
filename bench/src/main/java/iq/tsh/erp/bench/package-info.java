/**
 * Benchmarks: they start the shipped jar on a fresh embedded database, load it over HTTP, measure the JDBC ceilings
 * on the same database and report the performance targets (a table and {@code bench/results/latest.json}).
 */
package iq.tsh.erp.bench;
