/** Zoho price books as PriceList commands. */
package iq.tsh.erp.zoho.pricing;
