/** Zoho contacts (customers and vendors) as Customer commands. */
package iq.tsh.erp.zoho.customer;
