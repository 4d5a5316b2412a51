/** The auditors' read-only view of the event store: every record's full history, its state at a date, exports. */
package iq.tsh.erp.audit;
