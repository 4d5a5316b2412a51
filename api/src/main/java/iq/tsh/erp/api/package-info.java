/** Messages every side of the system shares: commands, events, queries and views, as plain immutable records. */
package iq.tsh.erp.api;
