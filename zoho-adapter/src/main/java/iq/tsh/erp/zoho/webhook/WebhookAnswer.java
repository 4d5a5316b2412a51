package iq.tsh.erp.zoho.webhook;

import java.util.List;

/** The answer to an accepted delivery: {@code status} is accepted, duplicate, stale or unchanged. */
public record WebhookAnswer(String deliveryId, String status, String aggregateId, List<String> aggregateIds) {
}
