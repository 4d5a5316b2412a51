/** Messages about customers and vendors: the Zoho contacts we sell to and buy from. */
package iq.tsh.erp.api.customer;
