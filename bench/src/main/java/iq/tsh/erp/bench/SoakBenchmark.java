package iq.tsh.erp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A long run at a steady rate, to see what grows: webhooks at a fixed rate (half the measured maximum by default)
 * with catalogue reads alongside; every 30 s it prints the heap, the connection pool, the projection lag and the
 * errors so far. Stable means flat heap after collections, a pool that does not queue, lag that does not climb, and
 * no ERROR in the application's log.
 */
final class SoakBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration SAMPLE_EVERY = Duration.ofSeconds(30);
    private static final AtomicLong NEXT_ITEM = new AtomicLong(8_500_000_000_000_000_000L);

    private final RunningApp app;
    private final String itemTemplate;
    private final String opsToken;
    private final HttpClient client = HttpClient.newBuilder().executor(Threads.pool("soak-http", 8)).build();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong reads = new AtomicLong();

    SoakBenchmark(RunningApp app, String itemTemplate, String opsToken) {
        this.app = app;
        this.itemTemplate = itemTemplate;
        this.opsToken = opsToken;
    }

    void run(Duration length, double webhooksPerSecond, double readsPerSecond) throws Exception {
        Report.line("soak: %d min at %.0f webhooks/s and %.0f reads/s; a sample every %d s", length.toMinutes(),
                webhooksPerSecond, readsPerSecond, SAMPLE_EVERY.toSeconds());
        Report.line("soak: %8s %10s %10s %8s %8s %9s %10s %8s %7s", "minute", "accepted", "failed", "reads",
                "heap MB", "pool act", "pool wait", "lag evts", "errors");
        ScheduledExecutorService load = Executors.newScheduledThreadPool(8, Threads.factory("soak-load"));
        load.scheduleAtFixedRate(this::deliver, 0, (long) (1_000_000 / webhooksPerSecond), TimeUnit.MICROSECONDS);
        load.scheduleAtFixedRate(this::read, 0, (long) (1_000_000 / readsPerSecond), TimeUnit.MICROSECONDS);
        long start = System.nanoTime();
        try {
            while (System.nanoTime() - start < length.toNanos()) {
                Thread.sleep(SAMPLE_EVERY.toMillis());
                sample((System.nanoTime() - start) / 60e9);
            }
        } finally {
            load.shutdownNow();
            load.awaitTermination(30, TimeUnit.SECONDS);
        }
    }

    private void deliver() {
        String body = itemTemplate.replace("5128640000000001001", Long.toString(NEXT_ITEM.incrementAndGet()));
        try {
            HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(URI.create(
                            app.url("/api/zoho/webhooks/products"))).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.discarding());
            (answer.statusCode() == 200 ? accepted : failed).incrementAndGet();
        } catch (Exception e) {
            failed.incrementAndGet();
        }
    }

    private void read() {
        long newest = NEXT_ITEM.get() - 50;
        try {
            client.send(HttpRequest.newBuilder(URI.create(app.url("/api/mobile/products/" + newest))).build(),
                    HttpResponse.BodyHandlers.discarding());
            reads.incrementAndGet();
        } catch (Exception e) {
            failed.incrementAndGet();
        }
    }

    private void sample(double minutes) throws Exception {
        double heapMb = metric("jvm.memory.used?tag=area:heap") / 1_048_576;
        double active = metric("hikaricp.connections.active");
        double pending = metric("hikaricp.connections.pending");
        long lag = 0;
        for (JsonNode group : ops("/api/zoho/dashboard/queue").path("groups")) {
            lag = Math.max(lag, group.path("lagEvents").asLong());
        }
        long errors = Files.readAllLines(app.log()).stream().filter(line -> line.contains(" ERROR ")).count();
        Report.line("soak: %8.1f %10d %10d %8d %8.0f %9.0f %10.0f %8d %7d", minutes, accepted.get(), failed.get(),
                reads.get(), heapMb, active, pending, lag, errors);
    }

    private double metric(String name) throws Exception {
        return ops("/actuator/metrics/" + name).path("measurements").path(0).path("value").asDouble();
    }

    private JsonNode ops(String path) throws Exception {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Authorization", "Bearer " + opsToken).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(answer.body());
    }
}
