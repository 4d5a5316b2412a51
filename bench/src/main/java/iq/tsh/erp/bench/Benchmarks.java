package iq.tsh.erp.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * Runs the benchmarks against the shipped jar and prints their numbers.
 * Usage: {@code java -jar bench/target/tsh-erp-bench.jar [app jar, default app/target/tsh-erp.jar] [all|sync|storefront]
 * [products, default 50000]}: {@code sync} measures webhooks and workers, {@code storefront} the mobile BFF on a
 * generated catalogue. {@code ... soak [minutes, default 10] [webhooks/s, default half the measured maximum]} runs
 * the long steady load of RELIABILITY.md.
 */
public final class Benchmarks {

    private static final int SENDERS = 16;
    private static final int WARM_UP_PER_SENDER = 30;
    private static final int MEASURED_PER_SENDER = 250;
    private static final int CATALOGUE_PER_SENDER = 650;
    private static final int LAG_SAMPLES = 20;
    private static final int LOAD_SENDERS = 4;
    private static final int LOAD_PER_SENDER = 400;
    private static final int STOREFRONT_PRODUCTS = 50_000;
    private static final int STOREFRONT_INVOICES = 3_000;
    private static final int STOREFRONT_BOOK_PRICES = 10_000;
    /** Made up for this run only: the benchmark's app instance signs its tokens with it. */
    private static final String JWT_SECRET = "benchmark-only-secret-of-at-least-32-bytes";

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "app/target/tsh-erp.jar");
        String suite = args.length > 1 ? args[1] : "all";
        if (suite.equals("soak")) {
            soak(jar, args.length > 2 ? Integer.parseInt(args[2]) : 10, args.length > 3 ? Double.parseDouble(args[3]) : 0);
            // The HTTP clients' worker threads are not daemons: without this the JVM outlives its last figure.
            System.exit(0);
        }
        if (!suite.equals("storefront")) {
            sync(jar);
        }
        if (!suite.equals("sync")) {
            try (RunningApp app = RunningApp.start(jar, Map.of("ERP_JWT_SECRET", JWT_SECRET))) {
                int products = args.length > 2 ? Integer.parseInt(args[2]) : STOREFRONT_PRODUCTS;
                new StorefrontBenchmark(app).run(products, STOREFRONT_INVOICES * products / STOREFRONT_PRODUCTS,
                        Math.min(products, STOREFRONT_BOOK_PRICES));
            }
        }
    }

    private static void sync(Path jar) throws Exception {
        String item = itemTemplate();
        try (RunningApp app = RunningApp.start(jar, Map.of("ERP_JWT_SECRET", JWT_SECRET))) {
            WebhookLatencyBenchmark webhooks = new WebhookLatencyBenchmark(app, item);
            webhooks.run(SENDERS, WARM_UP_PER_SENDER);
            long start = System.nanoTime();
            Histogram latency = webhooks.run(SENDERS, MEASURED_PER_SENDER);
            double seconds = (System.nanoTime() - start) / 1e9;
            print("webhook answer, accepted item deliveries, " + SENDERS + " concurrent senders", latency, seconds);

            ProjectionThroughputBenchmark projection = new ProjectionThroughputBenchmark(app,
                    LocalJwt.sign(JWT_SECRET, "bench-ops", "OPS"));
            Histogram lag = new Histogram(60_000, 3);
            for (int i = 0; i < LAG_SAMPLES; i++) {
                webhooks.run(1, 1);
                lag.recordValue(projection.awaitVisible(WebhookLatencyBenchmark.lastItemId(), false));
            }
            Report.line("projection lag (webhook answered -> visible in BFF), idle system: "
                    + "p50=%d ms p99=%d ms", lag.getValueAtPercentile(50), lag.getValueAtPercentile(99));

            // The same under a steady load of 4 senders posting new products all the time.
            Thread load = new Thread(() -> {
                try {
                    webhooks.run(LOAD_SENDERS, LOAD_PER_SENDER);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            load.start();
            Histogram loadedLag = new Histogram(60_000, 3);
            for (int i = 0; i < LAG_SAMPLES && load.isAlive(); i++) {
                webhooks.run(1, 1);
                loadedLag.recordValue(projection.awaitVisible(WebhookLatencyBenchmark.lastItemId(), false));
            }
            load.join();
            Report.line("projection lag under steady load (%d senders): p50=%d ms p99=%d ms",
                    LOAD_SENDERS, loadedLag.getValueAtPercentile(50), loadedLag.getValueAtPercentile(99));

            webhooks.run(SENDERS, CATALOGUE_PER_SENDER);
            long events = (long) SENDERS * (WARM_UP_PER_SENDER + MEASURED_PER_SENDER + CATALOGUE_PER_SENDER)
                    + (long) LOAD_SENDERS * LOAD_PER_SENDER + loadedLag.getTotalCount() + LAG_SAMPLES;
            projection.replay(events, WebhookLatencyBenchmark.lastItemId());
        }
    }

    private static void soak(Path jar, int minutes, double webhooksPerSecond) throws Exception {
        String item = itemTemplate();
        try (RunningApp app = RunningApp.start(jar, Map.of("ERP_JWT_SECRET", JWT_SECRET))) {
            double rate = webhooksPerSecond;
            if (rate <= 0) {
                WebhookLatencyBenchmark webhooks = new WebhookLatencyBenchmark(app, item);
                webhooks.run(SENDERS, WARM_UP_PER_SENDER);
                long start = System.nanoTime();
                Histogram burst = webhooks.run(SENDERS, 100);
                double maximum = burst.getTotalCount() / ((System.nanoTime() - start) / 1e9);
                rate = Math.max(1, Math.floor(maximum / 2));
                Report.line("soak: measured maximum ingest %.0f deliveries/s (%d senders); soaking at half", maximum,
                        SENDERS);
            }
            new SoakBenchmark(app, item, LocalJwt.sign(JWT_SECRET, "bench-ops", "OPS"))
                    .run(Duration.ofMinutes(minutes), rate, 50);
        }
    }

    private static String itemTemplate() throws IOException {
        try (InputStream in = Benchmarks.class.getResourceAsStream("/item-created-1.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static void print(String what, Histogram micros, double seconds) {
        Report.line("%s: n=%d  p50=%.1f ms  p90=%.1f ms  p99=%.1f ms  max=%.1f ms  throughput=%.0f/s",
                what, micros.getTotalCount(), micros.getValueAtPercentile(50) / 1000.0,
                micros.getValueAtPercentile(90) / 1000.0, micros.getValueAtPercentile(99) / 1000.0,
                micros.getMaxValue() / 1000.0, micros.getTotalCount() / seconds);
    }
}
