/** Benchmarks: they start the shipped jar on a fresh embedded database, load it over HTTP and print the numbers. */
package iq.tsh.erp.bench;
