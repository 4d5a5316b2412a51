package iq.tsh.erp.ops.dashboard;

import java.time.Instant;

/**
 * The recent traffic the delivery alerts judge.
 *
 * @param rejectedLastHour   deliveries refused (4xx) in the last hour
 * @param firstRejectedAt    the first of them
 * @param lastWebhookAt      the newest delivery from Zoho's webhooks (catch-up and re-drives do not count)
 */
record DeliveryActivity(long rejectedLastHour, Instant firstRejectedAt, Instant lastWebhookAt) {
}
