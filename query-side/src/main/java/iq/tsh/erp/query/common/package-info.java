/** What every read table shares: rows that remember the last event they applied, so replays change nothing. */
package iq.tsh.erp.query.common;
