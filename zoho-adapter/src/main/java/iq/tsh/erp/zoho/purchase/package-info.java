/** Zoho bills as Bill commands. */
package iq.tsh.erp.zoho.purchase;
