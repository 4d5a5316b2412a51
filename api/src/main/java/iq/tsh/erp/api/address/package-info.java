/** Messages about a customer's address book: delivery and billing addresses, which are the defaults, and its query. */
package iq.tsh.erp.api.address;
