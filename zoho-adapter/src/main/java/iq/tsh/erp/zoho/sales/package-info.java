/** Zoho invoices and credit notes as Invoice and CreditNote commands. */
package iq.tsh.erp.zoho.sales;
