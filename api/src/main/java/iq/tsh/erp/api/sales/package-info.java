/** Messages about sales documents mirrored from Zoho: invoices and credit notes, their commands and events. */
package iq.tsh.erp.api.sales;
