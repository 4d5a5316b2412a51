package iq.tsh.erp.zoho.catchup;

import com.fasterxml.jackson.databind.JsonNode;
import iq.tsh.erp.zoho.parse.UnusableRecordException;
import iq.tsh.erp.zoho.webhook.BadDeliveryException;
import iq.tsh.erp.zoho.webhook.DeliveryEvent;
import iq.tsh.erp.zoho.webhook.DeliveryIntake;
import iq.tsh.erp.zoho.webhook.WebhookKind;

/** Feeds records through the webhook intake, so catch-up and webhooks share duplicates, stale checks and the inbox. */
class IntakeRecordSink implements RecordSink {

    static final String SOURCE = "catch-up";

    private final DeliveryIntake intake;

    IntakeRecordSink(DeliveryIntake intake) {
        this.intake = intake;
    }

    @Override
    public boolean feed(WebhookKind kind, JsonNode record) {
        try {
            intake.receiveRecord(kind, DeliveryEvent.CREATED_OR_UPDATED, record, SOURCE);
            return true;
        } catch (UnusableRecordException e) {
            return false;
        } catch (BadDeliveryException e) {
            if (e.status() >= 500) {
                // Not taken now (the database failed): the run ends and its marks stay, so the record is read again.
                throw e;
            }
            // Refused as it stands (unreadable, or a kind this version does not map): kept in the inbox, not retried.
            return false;
        }
    }
}
