package iq.tsh.erp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The workers: how long after Zoho's answer a product shows in the BFF (projection lag), and how fast ops' replay
 * of the {@code catalog} group goes through the whole event stream. Progress is read from ops' queue dashboard.
 */
final class ProjectionBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofMinutes(15);

    private final RunningApp app;
    private final String opsToken;
    private final HttpClient client = WebhookLatencyBenchmark.client();

    ProjectionBenchmark(RunningApp app, String opsToken) {
        this.app = app;
        this.opsToken = opsToken;
    }

    /** Microseconds from the webhook's 200 until the new product answers 200 in the BFF. */
    long lag(WebhookLatencyBenchmark webhooks) throws Exception {
        String itemId = webhooks.send(client);
        long answered = System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.url("/api/mobile/products/" + itemId))).build();
        while (System.nanoTime() - answered < PATIENCE.toNanos()) {
            if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                return (System.nanoTime() - answered) / 1_000;
            }
            Thread.sleep(1);
        }
        throw new IllegalStateException("product " + itemId + " never became visible");
    }

    /** Replays the catalog group; returns the seconds until every segment is back at the head of the stream. */
    double replay() throws Exception {
        long head = queue().path("head").asLong();
        long start = System.nanoTime();
        HttpResponse<String> replay = client.send(HttpRequest.newBuilder(
                        URI.create(app.url("/api/zoho/admin/processors/catalog/replay")))
                .header("Authorization", "Bearer " + opsToken).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (replay.statusCode() != 200) {
            throw new IllegalStateException("replay refused: " + replay.statusCode() + " " + replay.body());
        }
        while (!caughtUp("catalog", head)) {
            if (System.nanoTime() - start > PATIENCE.toNanos()) {
                throw new IllegalStateException("the catalog replay did not finish within " + PATIENCE);
            }
            Thread.sleep(20);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Waits until every processing group has handled the whole stream, so a measurement starts on a quiet app. */
    void awaitCaughtUp() throws Exception {
        long start = System.nanoTime();
        long head = queue().path("head").asLong();
        while (!caughtUp(null, head)) {
            if (System.nanoTime() - start > PATIENCE.toNanos()) {
                throw new IllegalStateException("the projections did not catch up within " + PATIENCE);
            }
            Thread.sleep(100);
        }
    }

    private boolean caughtUp(String onlyGroup, long head) throws Exception {
        for (JsonNode group : queue().path("groups")) {
            if (onlyGroup != null && !onlyGroup.equals(group.path("group").asText())) {
                continue;
            }
            if (!group.hasNonNull("lagEvents") || group.path("lagEvents").asLong() > 0) {
                return false;
            }
            for (JsonNode segment : group.path("segments")) {
                if (segment.path("position").asLong(-1) < head) {
                    return false;
                }
            }
        }
        return true;
    }

    private JsonNode queue() throws Exception {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(
                        URI.create(app.url("/api/zoho/dashboard/queue")))
                .header("Authorization", "Bearer " + opsToken).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("queue dashboard answered " + answer.statusCode() + " " + answer.body());
        }
        return JSON.readTree(answer.body());
    }
}
