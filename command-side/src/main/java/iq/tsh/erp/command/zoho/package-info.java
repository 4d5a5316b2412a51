/** Rules every aggregate that mirrors a Zoho record shares: which snapshot is stale, which says nothing new. */
package iq.tsh.erp.command.zoho;
