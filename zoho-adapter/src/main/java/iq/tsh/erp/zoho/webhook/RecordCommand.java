package iq.tsh.erp.zoho.webhook;

/** A command a delivery leads to, with the aggregate it targets (reported back to Zoho and used by auditors). */
public record RecordCommand(String aggregateId, Object command) {
}
