/** Axon on PostgreSQL without Axon Server: JDBC storage with our snake_case tables, Jackson, retries and workers. */
package iq.tsh.erp.app.axon;
