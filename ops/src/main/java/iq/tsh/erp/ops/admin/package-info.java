/** What ops do to the workers: retry or clear dead letters, rebuild a read model, and the log of all of it. */
package iq.tsh.erp.ops.admin;
