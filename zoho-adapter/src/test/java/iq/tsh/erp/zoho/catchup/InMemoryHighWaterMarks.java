package iq.tsh.erp.zoho.catchup;

import iq.tsh.erp.zoho.webhook.WebhookKind;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** High-water marks in a map, for tests. */
final class InMemoryHighWaterMarks implements HighWaterMarks {

    private final Map<WebhookKind, Instant> marks = new ConcurrentHashMap<>();

    @Override
    public Optional<Instant> get(WebhookKind kind) {
        return Optional.ofNullable(marks.get(kind));
    }

    @Override
    public void save(WebhookKind kind, Instant mark) {
        marks.put(kind, mark);
    }
}
