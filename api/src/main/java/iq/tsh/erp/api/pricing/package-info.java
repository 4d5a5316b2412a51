/** Messages about price lists: Zoho's price books, and which of the six TSH books each one is. */
package iq.tsh.erp.api.pricing;
