package iq.tsh.erp.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.HdrHistogram.Histogram;

/**
 * The mobile storefront under load: a generated catalogue (fed through the real webhooks), then 32 concurrent clients
 * on home, product detail, search and category listing. Prints p50/p99, throughput and the JSON size of each.
 */
final class StorefrontBenchmark {

    private static final int LOADERS = 16;
    private static final int CLIENTS = 32;
    private static final int WARM_UP_PER_CLIENT = 40;
    private static final int MEASURED_PER_CLIENT = 250;
    private static final int SINGLE_CLIENT_REQUESTS = 500;

    private final RunningApp app;
    private final CatalogueGenerator catalogue = new CatalogueGenerator();

    StorefrontBenchmark(RunningApp app) {
        this.app = app;
    }

    void run(int products, int invoices, int pricedProducts) throws Exception {
        long start = System.nanoTime();
        post(products, LOADERS, "/api/zoho/webhooks/products", catalogue::item);
        post(1, 1, "/api/zoho/webhooks/prices", i -> catalogue.consumerPriceList(pricedProducts));
        post(invoices, LOADERS, "/api/zoho/webhooks/invoices", i -> catalogue.invoice(i, products));
        Report.line("storefront catalogue loaded through webhooks: %d products, %d invoices, %d book prices in %.0f s",
                products, invoices, pricedProducts, (System.nanoTime() - start) / 1e9);
        awaitProjected(products);
        Report.line("storefront read models caught up %.0f s after the first delivery", (System.nanoTime() - start) / 1e9);

        List<String> terms = catalogue.searchTerms();
        measure("GET /home", i -> "/api/mobile/home");
        measure("GET /products/{id}", i -> "/api/mobile/products/" + CatalogueGenerator.itemId(random(products)));
        measure("GET /search?q=", i -> "/api/mobile/search?q="
                + URLEncoder.encode(terms.get(random(terms.size())), StandardCharsets.UTF_8));
        measure("GET /search?q=&sort=price_asc&inStock=true", i -> "/api/mobile/search?sort=price_asc&inStock=true&q="
                + URLEncoder.encode(terms.get(random(terms.size())), StandardCharsets.UTF_8));
        measure("GET /categories/{id}/products", i -> "/api/mobile/categories/"
                + CatalogueGenerator.categoryId(random(CatalogueGenerator.CATEGORIES)) + "/products");
        measure("GET /products/{id}/related", i -> "/api/mobile/products/" + CatalogueGenerator.itemId(random(products / 20))
                + "/related");
    }

    /**
     * One endpoint at 32 concurrent clients, then with a single client: with 32 clients waiting on 2 shared cores
     * the latency is mostly queueing (about clients / throughput), the single client shows the service time itself.
     */
    private void measure(String what, IntFunction<String> path) throws Exception {
        load(path, CLIENTS, WARM_UP_PER_CLIENT, new AtomicLong(), new AtomicLong());
        measure(what, path, CLIENTS, MEASURED_PER_CLIENT);
        measure(what, path, 1, SINGLE_CLIENT_REQUESTS);
    }

    private void measure(String what, IntFunction<String> path, int clients, int perClient) throws Exception {
        AtomicLong bytes = new AtomicLong();
        AtomicLong answers = new AtomicLong();
        long start = System.nanoTime();
        Histogram latency = load(path, clients, perClient, bytes, answers);
        double seconds = (System.nanoTime() - start) / 1e9;
        Report.line("%s, %d clients: n=%d p50=%.1f ms p90=%.1f ms p99=%.1f ms max=%.1f ms throughput=%.0f/s json=%d bytes avg",
                what, clients, latency.getTotalCount(), latency.getValueAtPercentile(50) / 1000.0,
                latency.getValueAtPercentile(90) / 1000.0, latency.getValueAtPercentile(99) / 1000.0,
                latency.getMaxValue() / 1000.0, latency.getTotalCount() / seconds, bytes.get() / Math.max(1, answers.get()));
    }

    private Histogram load(IntFunction<String> path, int clients, int perClient, AtomicLong bytes, AtomicLong answers)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Histogram>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            results.add(pool.submit(() -> {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                Histogram histogram = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
                for (int i = 0; i < perClient; i++) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(app.url(path.apply(i)))).build();
                    long begin = System.nanoTime();
                    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    histogram.recordValue(Math.min((System.nanoTime() - begin) / 1_000, histogram.getHighestTrackableValue()));
                    if (response.statusCode() != 200 && response.statusCode() != 404) {
                        throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + " "
                                + new String(response.body(), StandardCharsets.UTF_8));
                    }
                    bytes.addAndGet(response.body().length);
                    answers.incrementAndGet();
                }
                return histogram;
            }));
        }
        Histogram all = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
        for (Future<Histogram> result : results) {
            all.add(result.get());
        }
        pool.shutdown();
        return all;
    }

    private void post(int count, int senders, String path, IntFunction<String> body) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> done = new ArrayList<>();
        List<String> bodies = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            bodies.add(body.apply(i));
        }
        for (int s = 0; s < senders; s++) {
            done.add(pool.submit(() -> {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(app.url(path)))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i), StandardCharsets.UTF_8)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(path + " answered " + response.statusCode() + " " + response.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> result : done) {
            result.get();
        }
        pool.shutdown();
    }

    /** Waits until the last products of both segments are listed and the last invoice's items have sales. */
    private void awaitProjected(int products) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        for (int i = products - 1; i >= products - 50; i--) {
            URI product = URI.create(app.url("/api/mobile/products/" + CatalogueGenerator.itemId(i)));
            while (client.send(HttpRequest.newBuilder(product).build(), HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("the catalogue was not projected within 10 minutes");
                }
                Thread.sleep(100);
            }
        }
    }

    private static int random(int bound) {
        return ThreadLocalRandom.current().nextInt(bound);
    }
}
