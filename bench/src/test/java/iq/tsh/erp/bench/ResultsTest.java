package iq.tsh.erp.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsTest {

    @TempDir
    Path directory;

    @Test
    void reportsMedianMinAndMaxOverRounds() {
        Results results = new Results();
        for (double rate : new double[] {300, 100, 200}) {
            results.add("webhook_ingest", "test", new Round().with("per_second", rate));
        }
        assertThat(results.statistic("webhook_ingest", "per_second")).containsExactly(100, 200, 300);
        assertThat(results.median("absent", "per_second")).isNaN();
    }

    @Test
    void judgesRatioAgainstCeiling() {
        Results results = new Results();
        results.add("webhook_ingest", "test", new Round().with("per_second", 150).with("p99_ms", 30));
        results.add("jdbc_ingest", "test", new Round().with("per_second", 600).with("p99_ms", 5));

        List<Map<String, Object>> table = TargetTable.print(results, true);

        assertThat(table.get(0)).containsEntry("ratio", 0.25).containsEntry("met", "no");
        assertThat(table.get(1)).containsEntry("ours", 30.0).containsEntry("met", "no");
        assertThat(table.get(2)).containsEntry("met", "not measured");
    }

    @Test
    void writesEveryScenarioToJson() throws Exception {
        Results results = new Results();
        results.add("startup", "test", new Round().with("seconds", 7.5));
        results.fail("replay", new IllegalStateException("boom"));
        Path file = directory.resolve("out/latest.json");

        results.write(file, TargetTable.print(results, false));

        JsonNode json = new ObjectMapper().readTree(Files.readString(file));
        assertThat(json.path("scenarios").path("startup").path("median").path("seconds").asDouble()).isEqualTo(7.5);
        assertThat(json.path("failures").path("replay").asText()).contains("boom");
        assertThat(json.path("table").size()).isEqualTo(14);
    }
}
