package iq.tsh.erp.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Webhook ingest: concurrent senders post item deliveries, each a new product, so every answer costs one inbox row
 * and one event-store append, committed durably. Each sender is one connection, as each Zoho sender is.
 */
final class WebhookLatencyBenchmark {

    private static final AtomicLong NEXT_ITEM = new AtomicLong(8_000_000_000_000_000_000L);

    private final RunningApp app;
    private final String itemTemplate;

    WebhookLatencyBenchmark(RunningApp app, String itemTemplate) {
        this.app = app;
        this.itemTemplate = itemTemplate;
    }

    /** {@code perSender} deliveries from each of {@code senders} senders in a closed loop. */
    ClosedLoop.Timed run(int senders, int perSender) throws Exception {
        return ClosedLoop.counted("webhook-sender", senders, perSender, () -> {
            HttpClient client = client();
            return () -> send(client);
        });
    }

    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    /** Posts one new product and returns its item id once the delivery was accepted. */
    String send(HttpClient client) throws Exception {
        String itemId = Long.toString(NEXT_ITEM.incrementAndGet());
        String body = itemTemplate.replace("5128640000000001001", itemId);
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.url("/api/zoho/webhooks/products")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains("\"accepted\"")) {
            throw new IllegalStateException("delivery not accepted: " + response.statusCode() + " " + response.body());
        }
        return itemId;
    }
}
