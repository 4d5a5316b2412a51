package iq.tsh.erp.zoho.catchup;

import iq.tsh.erp.zoho.webhook.WebhookKind;
import java.time.Instant;
import java.util.Optional;

/** The newest Zoho modification time each kind has been caught up to; kept across restarts. */
interface HighWaterMarks {

    Optional<Instant> get(WebhookKind kind);

    void save(WebhookKind kind, Instant mark);
}
