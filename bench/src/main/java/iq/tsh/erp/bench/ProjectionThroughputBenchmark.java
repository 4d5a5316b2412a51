package iq.tsh.erp.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;

/**
 * How fast the workers project: after the event store holds the catalogue's events, ops replay the {@code catalog}
 * group and the benchmark times until the last product is back in the BFF. Also the lag under steady webhook load:
 * how long after Zoho's answer a product shows in the BFF.
 */
final class ProjectionThroughputBenchmark {

    private final RunningApp app;
    private final String opsToken;
    private final HttpClient client = HttpClient.newHttpClient();

    ProjectionThroughputBenchmark(RunningApp app, String opsToken) {
        this.app = app;
        this.opsToken = opsToken;
    }

    /** Replays the catalog and waits for {@code lastItemId} to be projected again; prints events per second. */
    void replay(long events, String lastItemId) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> replay = client.send(HttpRequest.newBuilder(
                        URI.create(app.url("/api/zoho/admin/processors/catalog/replay")))
                .header("Authorization", "Bearer " + opsToken).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (replay.statusCode() != 200) {
            throw new IllegalStateException("replay refused: " + replay.statusCode() + " " + replay.body());
        }
        awaitVisible(lastItemId, true);
        double seconds = (System.nanoTime() - start) / 1e9;
        Report.line("projection replay of %d events by 2 workers: %.1f s, %.0f events/s",
                events, seconds, events / seconds);
    }

    /** Milliseconds from now until the product answers 200 in the BFF. */
    long awaitVisible(String itemId, boolean afterReplay) throws Exception {
        long start = System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.url("/api/mobile/products/" + itemId))).build();
        while (System.nanoTime() - start < 600_000_000_000L) {
            if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            Thread.sleep(afterReplay ? 50 : 2);
        }
        throw new IllegalStateException("product " + itemId + " never became visible");
    }
}
