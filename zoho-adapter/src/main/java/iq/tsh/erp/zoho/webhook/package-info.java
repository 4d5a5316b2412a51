/** Webhook intake: the endpoint Zoho posts to, body forms, signatures, and dispatch of the resulting commands. */
package iq.tsh.erp.zoho.webhook;
