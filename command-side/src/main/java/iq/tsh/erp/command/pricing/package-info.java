/** The PriceList aggregate: one Zoho price book and its item rates, kept in step with Zoho's snapshots. */
package iq.tsh.erp.command.pricing;
