package iq.tsh.erp.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;

/**
 * One benchmark run: the jar on a fresh embedded PostgreSQL (durable settings, as in production), the generated
 * catalogue loaded through the webhooks, then each scenario after a warm-up, for {@code rounds} rounds, with the
 * JDBC ceilings measured on the same database in between; finally the app stopped and started again on its data.
 */
final class Suite {

    /** Made up for this run only: the benchmark's app instance signs its tokens with it. */
    static final String JWT_SECRET = "benchmark-only-secret-of-at-least-32-bytes";

    private interface Scenario {
        Round round() throws Exception;
    }

    private final Path jar;
    private final Scale scale;
    private final boolean sync;
    private final boolean storefront;
    private final Results results;
    private final String itemTemplate;
    private final List<String> jvmOptions;

    /** {@code jvmOptions} go to the measured instance only, not to the restarts that time the start-up. */
    Suite(Path jar, Scale scale, boolean sync, boolean storefront, Results results, String itemTemplate,
          List<String> jvmOptions) {
        this.jvmOptions = jvmOptions;
        this.jar = jar;
        this.scale = scale;
        this.sync = sync;
        this.storefront = storefront;
        this.results = results;
        this.itemTemplate = itemTemplate;
    }

    void run() throws Exception {
        Path data = Files.createTempDirectory("tsh-erp-bench");
        try {
            RunningApp app = RunningApp.start(jar, Map.of("ERP_JWT_SECRET", JWT_SECRET), data, jvmOptions);
            results.add("startup_empty", "first start on an empty data directory (creates the schema), s",
                    new Round().with("seconds", app.startSeconds()));
            try {
                measureAll(app);
            } finally {
                app.close();
            }
            if (sync) {
                attempt("startup", () -> measure("startup",
                        "stop, then start on the loaded data directory until /health answers 200, s", () -> {
                            try (RunningApp again = RunningApp.start(jar, Map.of("ERP_JWT_SECRET", JWT_SECRET), data)) {
                                return new Round().with("seconds", again.startSeconds());
                            }
                        }));
            }
        } finally {
            delete(data, !results.failed());
        }
    }

    private void measureAll(RunningApp app) throws Exception {
        JdbcCeilings jdbc = new JdbcCeilings(app.jdbcUrl());
        results.info("database", jdbc.durability());
        ProjectionBenchmark projection = new ProjectionBenchmark(app, LocalJwt.sign(JWT_SECRET, "bench-ops", "OPS"));
        StorefrontBenchmark shop = new StorefrontBenchmark(app);
        long start = System.nanoTime();
        int deliveries = shop.load(scale.products(), scale.invoices(), scale.bookPrices());
        double loaded = (System.nanoTime() - start) / 1e9;
        projection.awaitCaughtUp();
        results.add("catalogue_load", "the generated catalogue through the webhooks, 16 senders", new Round()
                .with("deliveries", deliveries).with("seconds", loaded).with("per_second", deliveries / loaded)
                .with("caught_up_seconds", (System.nanoTime() - start) / 1e9));
        if (sync) {
            measureSync(app, jdbc, projection);
        }
        if (storefront) {
            Map<String, Supplier<String>> reads = shop.reads(scale.products());
            reads.forEach((name, path) -> attempt(name, () -> {
                shop.read(path, scale.clients(), scale.warmUpPerClient());
                measure(name, "GET at " + scale.clients() + " clients, closed loop",
                        () -> shop.read(path, scale.clients(), scale.measuredPerClient()));
            }));
            attempt("jdbc_read", () -> {
                jdbc.read(scale.clients(), scale.ceilingWarmUp(), scale.products());
                measure("jdbc_read", "the product page's primary-key SELECT over JDBC, " + scale.clients() + " threads",
                        () -> Round.of(jdbc.read(scale.clients(), scale.ceilingLength(), scale.products())));
            });
        }
        if (sync) {
            attempt("replay", () -> {
                projection.awaitCaughtUp();
                measure("replay", "ops' replay of the catalog group over the whole event stream, 2 workers", () -> {
                    long events = jdbc.events();
                    double seconds = projection.replay();
                    return new Round().with("events", events).with("seconds", seconds)
                            .with("per_second", events / seconds);
                });
            });
        }
    }

    private void measureSync(RunningApp app, JdbcCeilings jdbc, ProjectionBenchmark projection) {
        WebhookLatencyBenchmark webhooks = new WebhookLatencyBenchmark(app, itemTemplate);
        attempt("webhook_ingest", () -> {
            webhooks.run(scale.senders(), scale.warmUpPerSender());
            measure("webhook_ingest", "new-product deliveries answered 200, " + scale.senders() + " senders",
                    () -> Round.of(webhooks.run(scale.senders(), scale.measuredPerSender())));
        });
        attempt("jdbc_ingest", () -> {
            jdbc.prepareIngest();
            try {
                jdbc.ingest(scale.senders(), scale.ceilingWarmUp());
                measure("jdbc_ingest", "inbox row + event row per transaction, durable commit, JDBC, "
                        + scale.senders() + " threads", () -> Round.of(jdbc.ingest(scale.senders(), scale.ceilingLength())));
            } finally {
                jdbc.dropScratch();
            }
        });
        attempt("lag_idle", () -> {
            projection.awaitCaughtUp();
            measure("lag_idle", "webhook answered -> product visible in the BFF, idle app", () -> lag(webhooks, projection));
        });
        double half = results.median("webhook_ingest", "per_second") / 2;
        double rate = Double.isNaN(half) ? 20 : Math.max(1, half);
        attempt("lag_half_load", () -> {
            projection.awaitCaughtUp();
            measure("lag_half_load", "the same under webhooks at half the measured ingest rate", () -> {
                try (PacedLoad load = new PacedLoad(webhooks, scale.senders(), rate)) {
                    Round round = lag(webhooks, projection);
                    return round.with("load_target_per_second", rate).with("load_per_second", load.achievedPerSecond())
                            .with("load_failures", load.failed());
                }
            });
        });
    }

    private Round lag(WebhookLatencyBenchmark webhooks, ProjectionBenchmark projection) throws Exception {
        Histogram micros = ClosedLoop.histogram();
        for (int i = 0; i < scale.lagSamples(); i++) {
            micros.recordValue(projection.lag(webhooks));
        }
        return Round.latencies(micros);
    }

    private void measure(String name, String description, Scenario scenario) throws Exception {
        for (int r = 0; r < scale.rounds(); r++) {
            results.add(name, description, scenario.round());
        }
    }

    private interface Action {
        void run() throws Exception;
    }

    /** A failed scenario is recorded and the run goes on with the next one; the exit code says it failed. */
    private void attempt(String name, Action action) {
        try {
            action.run();
        } catch (Exception e) {
            results.fail(name, e);
        }
    }

    /** The data directory always goes (it is large); the application's log stays when something failed. */
    private static void delete(Path data, boolean withLog) throws IOException {
        if (!Files.exists(data)) {
            return;
        }
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
        Path log = data.resolveSibling(data.getFileName() + ".log");
        if (withLog) {
            Files.deleteIfExists(log);
        } else {
            Report.line("the application's log is kept: %s", log);
        }
    }
}
