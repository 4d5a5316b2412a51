/**
 * What every read table shares: rows that remember the last event they applied, so replays change nothing, and
 * handlers whose writes succeed or fail on their own, so one bad event never stalls a processing group.
 */
package iq.tsh.erp.query.common;
