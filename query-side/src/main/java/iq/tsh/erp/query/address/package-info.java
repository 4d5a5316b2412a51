/** The customers' address books as read tables, and the query the address list and checkout ask. */
package iq.tsh.erp.query.address;
