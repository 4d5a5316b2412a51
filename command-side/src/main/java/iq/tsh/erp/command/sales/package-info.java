/** The Invoice and CreditNote aggregates: Zoho's sales documents, kept in step with Zoho's snapshots and deletes. */
package iq.tsh.erp.command.sales;
