/** The Bill aggregate: one Zoho vendor bill, kept in step with Zoho's snapshots. */
package iq.tsh.erp.command.purchase;
