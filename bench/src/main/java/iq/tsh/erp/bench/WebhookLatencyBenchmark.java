package iq.tsh.erp.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * Webhook answer latency: concurrent senders post item deliveries, each a new product, so every answer costs one
 * inbox row and one event-store append. Prints percentiles of accepted deliveries and the throughput.
 */
final class WebhookLatencyBenchmark {

    private static final AtomicLong NEXT_ITEM = new AtomicLong(8_000_000_000_000_000_000L);

    /** The item id of the delivery sent last. */
    static String lastItemId() {
        return Long.toString(NEXT_ITEM.get());
    }

    private final RunningApp app;
    private final String itemTemplate;
    private final HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();

    WebhookLatencyBenchmark(RunningApp app, String itemTemplate) {
        this.app = app;
        this.itemTemplate = itemTemplate;
    }

    /** Sends {@code perSender} deliveries from each of {@code senders} threads; returns the latency histogram (µs). */
    Histogram run(int senders, int perSender) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        List<Future<Histogram>> results = new ArrayList<>();
        for (int s = 0; s < senders; s++) {
            results.add(pool.submit(() -> send(perSender)));
        }
        Histogram all = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
        for (Future<Histogram> result : results) {
            all.add(result.get());
        }
        pool.shutdown();
        return all;
    }

    private Histogram send(int deliveries) throws Exception {
        Histogram histogram = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
        for (int i = 0; i < deliveries; i++) {
            String body = itemTemplate.replace("5128640000000001001", Long.toString(NEXT_ITEM.incrementAndGet()));
            HttpRequest request = HttpRequest.newBuilder(URI.create(app.url("/api/zoho/webhooks/products")))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build();
            long start = System.nanoTime();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            long micros = (System.nanoTime() - start) / 1_000;
            if (response.statusCode() != 200 || !response.body().contains("\"accepted\"")) {
                throw new IllegalStateException("delivery not accepted: " + response.statusCode() + " " + response.body());
            }
            histogram.recordValue(Math.min(micros, histogram.getHighestTrackableValue()));
        }
        return histogram;
    }
}
