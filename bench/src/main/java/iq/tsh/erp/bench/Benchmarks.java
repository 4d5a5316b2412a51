package iq.tsh.erp.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the benchmarks against the shipped jar, prints the table of targets and writes every figure as JSON.
 * Usage: {@code java -jar bench/target/tsh-erp-bench.jar [app jar, default app/target/tsh-erp.jar]
 * [all|sync|storefront|smoke, default all] [products, default 50000] [--rounds N, default 3] [--out file] [--app-jvm "JVM options of the measured app"]}.
 * {@code smoke} is {@code all} with tiny counts (CI). {@code ... soak [minutes, default 10] [webhooks/s, default half
 * the measured maximum]} runs the long steady load of RELIABILITY.md. Exits 0 when every scenario ran, 1 when one
 * failed (missed targets are not failures), 2 on bad arguments.
 */
public final class Benchmarks {

    private static final int SENDERS = 16;

    private Benchmarks() {
    }

    public static void main(String[] args) {
        int code;
        try {
            code = run(args);
        } catch (IllegalArgumentException e) {
            Report.line("%s", e.getMessage());
            code = 2;
        } catch (Exception e) {
            Report.line("the benchmark failed: %s", e);
            e.printStackTrace();
            code = 1;
        }
        // Never outlive the last figure, whatever a library left running.
        System.exit(code);
    }

    static int run(String[] args) throws Exception {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("option " + args[i] + " needs a value");
                }
                options.put(args[i].substring(2), args[++i]);
            } else {
                positional.add(args[i]);
            }
        }
        Path jar = Path.of(positional.size() > 0 ? positional.get(0) : "app/target/tsh-erp.jar");
        String suite = positional.size() > 1 ? positional.get(1) : "all";
        if (!java.nio.file.Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("no application jar at " + jar.toAbsolutePath()
                    + ": build it first (mvn -B -ntp package -DskipTests)");
        }
        if (suite.equals("soak")) {
            soak(jar, positional.size() > 2 ? Integer.parseInt(positional.get(2)) : 10,
                    positional.size() > 3 ? Double.parseDouble(positional.get(3)) : 0);
            return 0;
        }
        if (!List.of("all", "sync", "storefront", "smoke").contains(suite)) {
            throw new IllegalArgumentException("unknown suite '" + suite + "': all, sync, storefront, smoke or soak");
        }
        boolean smoke = suite.equals("smoke");
        Scale scale = smoke ? Scale.tiny() : Scale.full(
                positional.size() > 2 ? Integer.parseInt(positional.get(2)) : 50_000,
                Integer.parseInt(options.getOrDefault("rounds", "3")));
        Path out = Path.of(options.getOrDefault("out", smoke ? "bench/results/smoke.json" : "bench/results/latest.json"));

        Results results = new Results();
        results.info("suite", suite);
        results.info("started_at", Instant.now().toString());
        results.info("machine", Machine.describe());
        results.info("app", Machine.application(jar));
        results.info("scale", scale.asMap());
        results.info("app_jvm_options", options.getOrDefault("app-jvm", ""));
        long start = System.nanoTime();
        try {
            new Suite(jar, scale, !suite.equals("storefront"), !suite.equals("sync"), results, itemTemplate(),
                    List.of(options.getOrDefault("app-jvm", "").split(" ")).stream().filter(o -> !o.isBlank()).toList())
                    .run();
        } catch (Exception e) {
            results.fail("run", e);
        }
        results.info("run_seconds", (System.nanoTime() - start) / 1e9);
        results.info("load_average_at_end",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        results.write(out, TargetTable.print(results, !smoke));
        return results.failed() ? 1 : 0;
    }

    private static void soak(Path jar, int minutes, double webhooksPerSecond) throws Exception {
        String item = itemTemplate();
        Path data = java.nio.file.Files.createTempDirectory("tsh-erp-soak");
        try (RunningApp app = RunningApp.start(jar, Map.of("ERP_JWT_SECRET", Suite.JWT_SECRET), data)) {
            double rate = webhooksPerSecond;
            if (rate <= 0) {
                WebhookLatencyBenchmark webhooks = new WebhookLatencyBenchmark(app, item);
                webhooks.run(SENDERS, 30);
                ClosedLoop.Timed burst = webhooks.run(SENDERS, 100);
                double maximum = burst.micros().getTotalCount() / burst.seconds();
                rate = Math.max(1, Math.floor(maximum / 2));
                Report.line("soak: measured maximum ingest %.0f deliveries/s (%d senders); soaking at half", maximum,
                        SENDERS);
            }
            new SoakBenchmark(app, item, LocalJwt.sign(Suite.JWT_SECRET, "bench-ops", "OPS"))
                    .run(Duration.ofMinutes(minutes), rate, 50);
        }
    }

    private static String itemTemplate() throws IOException {
        try (InputStream in = Benchmarks.class.getResourceAsStream("/item-created-1.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
