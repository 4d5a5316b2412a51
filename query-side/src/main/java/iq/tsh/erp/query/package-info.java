/** The read side: tracking processors that project events into read tables, and the query handlers over them. */
package iq.tsh.erp.query;
