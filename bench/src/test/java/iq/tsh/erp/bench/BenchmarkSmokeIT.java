package iq.tsh.erp.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The smoke run, as CI runs it: the packaged bench jar against the packaged app jar with tiny counts. Proves that
 * every scenario still runs end to end, the JSON is written and the process exits by itself; judges no number.
 */
class BenchmarkSmokeIT {

    private static final List<String> SCENARIOS = List.of("startup_empty", "catalogue_load", "webhook_ingest",
            "jdbc_ingest", "lag_idle", "lag_half_load", "home", "product_detail", "search_en", "search_ar",
            "search_filtered", "category", "related", "jdbc_read", "replay", "startup");

    @Test
    void smokeRunMeasuresEveryScenarioAndExits() throws Exception {
        Path benchJar = Path.of(System.getProperty("bench.jar", "target/tsh-erp-bench.jar"));
        Path appJar = Path.of(System.getProperty("app.jar", "../app/target/tsh-erp.jar"));
        Path out = Path.of(System.getProperty("smoke.out", "target/smoke"));
        assertThat(appJar).as("the app jar (package the app module first)").exists();
        assertThat(benchJar).exists();
        Files.createDirectories(out);
        Path json = out.resolve("latest.json");
        Path log = out.resolve("bench.log");
        Files.deleteIfExists(json);

        Process bench = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", benchJar.toString(), appJar.toString(), "smoke", "--out", json.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean exited = bench.waitFor(5, TimeUnit.MINUTES);
        if (!exited) {
            bench.destroyForcibly().waitFor();
        }
        assertThat(exited).as("the benchmark exits by itself; its output: " + log).isTrue();
        assertThat(bench.exitValue()).as("exit code; output in " + log + ":\n" + Files.readString(log)).isZero();

        JsonNode results = new ObjectMapper().readTree(json.toFile());
        assertThat(results.path("failures").size()).isZero();
        assertThat(results.path("machine").path("cores").asInt()).isPositive();
        assertThat(results.path("app").path("jar_bytes").asLong()).isPositive();
        JsonNode scenarios = results.path("scenarios");
        for (String scenario : SCENARIOS) {
            JsonNode median = scenarios.path(scenario).path("median");
            assertThat(median.isObject()).as(scenario + " measured").isTrue();
            double figure = median.has("per_second") ? median.path("per_second").asDouble()
                    : median.has("seconds") ? median.path("seconds").asDouble() : median.path("p50_ms").asDouble();
            assertThat(figure).as(scenario + " has a positive figure").isPositive();
            if (median.has("p99_ms")) {
                assertThat(median.path("p99_ms").asDouble()).as(scenario + " p99").isPositive();
            }
        }
        assertThat(results.path("table").size()).isEqualTo(14);
    }
}
