/** Catch-up from Zoho's REST API: what webhooks lost is listed, fetched in full and fed through the usual intake. */
package iq.tsh.erp.zoho.catchup;
