package iq.tsh.erp.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every figure of a run: the rounds of each scenario with their median, min and max, what failed, the machine and
 * the settings; written as JSON at the end.
 */
final class Results {

    private final Map<String, String> descriptions = new LinkedHashMap<>();
    private final Map<String, List<Round>> rounds = new LinkedHashMap<>();
    private final Map<String, String> failures = new LinkedHashMap<>();
    private final Map<String, Object> info = new LinkedHashMap<>();

    void add(String scenario, String description, Round round) {
        descriptions.putIfAbsent(scenario, description);
        rounds.computeIfAbsent(scenario, s -> new ArrayList<>()).add(round);
        Report.line("%s (%s): %s", scenario, description, round.figures());
    }

    void fail(String scenario, Exception cause) {
        failures.put(scenario, String.valueOf(cause));
        Report.line("FAILED %s: %s", scenario, cause);
    }

    void info(String key, Object value) {
        info.put(key, value);
    }

    boolean failed() {
        return !failures.isEmpty();
    }

    /** The median over the rounds of one figure; NaN when the scenario did not run. */
    double median(String scenario, String figure) {
        return statistic(scenario, figure)[1];
    }

    /** Min, median and max over the rounds. */
    double[] statistic(String scenario, String figure) {
        List<Round> list = rounds.getOrDefault(scenario, List.of());
        double[] values = list.stream().mapToDouble(r -> r.get(figure)).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (values.length == 0) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        double median = values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
        return new double[] {values[0], median, values[values.length - 1]};
    }

    void write(Path file, List<Map<String, Object>> table) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>(info);
        json.put("finished_at", Instant.now().toString());
        Map<String, Object> scenarios = new LinkedHashMap<>();
        rounds.forEach((scenario, list) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("description", descriptions.get(scenario));
            Map<String, Double> median = new LinkedHashMap<>();
            Map<String, Double> min = new LinkedHashMap<>();
            Map<String, Double> max = new LinkedHashMap<>();
            for (String name : list.get(0).figures().keySet()) {
                double[] s = statistic(scenario, name);
                min.put(name, s[0]);
                median.put(name, s[1]);
                max.put(name, s[2]);
            }
            entry.put("median", median);
            entry.put("min", min);
            entry.put("max", max);
            entry.put("rounds", list.stream().map(Round::figures).toList());
            scenarios.put(scenario, entry);
        });
        json.put("scenarios", scenarios);
        json.put("table", table);
        json.put("failures", failures);
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
        Report.line("results written to %s", file.toAbsolutePath());
    }
}
