package iq.tsh.erp.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * The mobile storefront: a generated catalogue fed through the real webhooks, then concurrent clients on each read
 * of the app (home, product detail, search in English and Arabic and with filters, category listing, related).
 */
final class StorefrontBenchmark {

    private static final int LOADERS = 16;

    private final RunningApp app;
    private final CatalogueGenerator catalogue = new CatalogueGenerator();
    StorefrontBenchmark(RunningApp app) {
        this.app = app;
    }

    /** Posts the catalogue through the webhooks; returns the deliveries made. */
    int load(int products, int invoices, int pricedProducts) throws Exception {
        post(products, "/api/zoho/webhooks/products", catalogue::item);
        post(1, "/api/zoho/webhooks/prices", i -> catalogue.consumerPriceList(pricedProducts));
        post(invoices, "/api/zoho/webhooks/invoices", i -> catalogue.invoice(i, products));
        return products + 1 + invoices;
    }

    /** The reads, by scenario name, each a path generator, over the catalogue {@link #load} posted. */
    Map<String, Supplier<String>> reads(int products) {
        List<String> english = new ArrayList<>();
        List<String> arabic = new ArrayList<>();
        for (int i = 0; i < CatalogueGenerator.NOUNS.length; i++) {
            english.add(CatalogueGenerator.NOUNS[i].toLowerCase(java.util.Locale.ROOT));
            arabic.add(CatalogueGenerator.ARABIC_NOUNS[i]);
        }
        Map<String, Supplier<String>> reads = new LinkedHashMap<>();
        reads.put("home", () -> "/api/mobile/home");
        reads.put("product_detail", () -> "/api/mobile/products/" + CatalogueGenerator.itemId(random(products)));
        reads.put("search_en", () -> "/api/mobile/search?q=" + encode(pick(english)));
        reads.put("search_ar", () -> "/api/mobile/search?q=" + encode(pick(arabic)));
        reads.put("search_filtered", () -> "/api/mobile/search?inStock=true&sort=price_asc&minPrice=20000"
                + "&maxPrice=300000&q=" + encode(pick(ThreadLocalRandom.current().nextBoolean() ? english : arabic)));
        List<String> categories = catalogue.usedCategoryIds();
        reads.put("category", () -> "/api/mobile/categories/" + pick(categories) + "/products");
        reads.put("related", () -> "/api/mobile/products/" + CatalogueGenerator.itemId(random(Math.max(1, products / 20)))
                + "/related");
        return reads;
    }

    /** One read at {@code clients} concurrent clients in a closed loop; adds the average JSON size to the round. */
    Round read(Supplier<String> path, int clients, int perClient) throws Exception {
        AtomicLong bytes = new AtomicLong();
        AtomicLong answers = new AtomicLong();
        ClosedLoop.Timed timed = ClosedLoop.counted("reader", clients, perClient, () -> {
            HttpClient client = WebhookLatencyBenchmark.client();
            return () -> {
                HttpRequest request = HttpRequest.newBuilder(URI.create(app.url(path.get()))).build();
                HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + " "
                            + new String(response.body(), StandardCharsets.UTF_8));
                }
                bytes.addAndGet(response.body().length);
                answers.incrementAndGet();
            };
        });
        return Round.of(timed).with("json_bytes", (double) bytes.get() / Math.max(1, answers.get()));
    }

    private void post(int count, String path, IntFunction<String> body) throws Exception {
        if (count == 0) {
            return;
        }
        List<String> bodies = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            bodies.add(body.apply(i));
        }
        AtomicInteger next = new AtomicInteger();
        int senders = Math.min(LOADERS, count);
        ClosedLoop.counted("loader", senders, (count + senders - 1) / senders, () -> {
            HttpClient client = WebhookLatencyBenchmark.client();
            return () -> {
                int i = next.getAndIncrement();
                if (i >= count) {
                    return;
                }
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(app.url(path)))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i), StandardCharsets.UTF_8)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(path + " answered " + response.statusCode() + " " + response.body());
                }
            };
        });
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String pick(List<String> list) {
        return list.get(random(list.size()));
    }

    private static int random(int bound) {
        return ThreadLocalRandom.current().nextInt(bound);
    }
}
