/** The Customer aggregate: one Zoho contact, kept in step with Zoho's snapshots. */
package iq.tsh.erp.command.customer;
