package iq.tsh.erp.zoho.catchup;

import com.fasterxml.jackson.databind.JsonNode;
import iq.tsh.erp.zoho.webhook.WebhookKind;

/** Where caught-up records go: in production the webhook intake, so a record fetched is handled like one posted. */
interface RecordSink {

    /**
     * Feeds one full Zoho record as created-or-updated. Answers false when the record was refused as unusable (it is
     * kept in the inbox, and the run goes on); throws when it could not be taken now.
     */
    boolean feed(WebhookKind kind, JsonNode record);
}
