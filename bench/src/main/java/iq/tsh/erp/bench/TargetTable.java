package iq.tsh.erp.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The targets of the performance issue, each against the figure that measures it: measure | ours | ceiling | ratio |
 * target | met?. Ours is the median over the rounds, with min and max in brackets when there were several.
 */
final class TargetTable {

    private enum Kind { RATIO_AT_LEAST, BELOW, AT_LEAST }

    private record Target(String measure, String scenario, String figure, String unit, String ceiling, Kind kind,
                          double bound) {
    }

    private static final List<Target> TARGETS = List.of(
            new Target("webhook ingest, 16 senders", "webhook_ingest", "per_second", "/s", "jdbc_ingest",
                    Kind.RATIO_AT_LEAST, 0.5),
            new Target("webhook ingest p99", "webhook_ingest", "p99_ms", " ms", "jdbc_ingest", Kind.BELOW, 25),
            new Target("product detail, 32 clients", "product_detail", "per_second", "/s", "jdbc_read",
                    Kind.RATIO_AT_LEAST, 0.5),
            new Target("product detail p99", "product_detail", "p99_ms", " ms", "jdbc_read", Kind.BELOW, 20),
            new Target("search English word p99", "search_en", "p99_ms", " ms", null, Kind.BELOW, 50),
            new Target("search Arabic word p99", "search_ar", "p99_ms", " ms", null, Kind.BELOW, 50),
            new Target("search with filters p99", "search_filtered", "p99_ms", " ms", null, Kind.BELOW, 50),
            new Target("home p99", "home", "p99_ms", " ms", null, Kind.BELOW, 30),
            new Target("category p99", "category", "p99_ms", " ms", null, Kind.BELOW, 30),
            new Target("related p99", "related", "p99_ms", " ms", null, Kind.BELOW, 30),
            new Target("projection lag idle p99", "lag_idle", "p99_ms", " ms", null, Kind.BELOW, 100),
            new Target("projection lag, half load, p99", "lag_half_load", "p99_ms", " ms", null, Kind.BELOW, 100),
            new Target("replay of catalog", "replay", "per_second", " events/s", null, Kind.AT_LEAST, 10_000),
            new Target("start-up on existing data", "startup", "seconds", " s", null, Kind.BELOW, 10));

    private TargetTable() {
    }

    /** Prints the table (Markdown, so it pastes into BENCHMARKS.md) and returns its rows for the JSON. */
    static List<Map<String, Object>> print(Results results, boolean judge) {
        List<Map<String, Object>> rows = new ArrayList<>();
        StringBuilder text = new StringBuilder("\n| measure | ours | ceiling | ratio | target | met? |\n"
                + "|---|---|---|---|---|---|\n");
        for (Target t : TARGETS) {
            double[] ours = results.statistic(t.scenario(), t.figure());
            double ceiling = t.ceiling() == null ? Double.NaN : results.median(t.ceiling(), t.figure());
            double ratio = t.kind() == Kind.RATIO_AT_LEAST ? ours[1] / ceiling : Double.NaN;
            double judged = t.kind() == Kind.RATIO_AT_LEAST ? ratio : ours[1];
            String target = switch (t.kind()) {
                case RATIO_AT_LEAST -> "ratio ≥ " + t.bound();
                case BELOW -> "< " + number(t.bound()) + t.unit();
                case AT_LEAST -> "≥ " + number(t.bound()) + t.unit();
            };
            String met = Double.isNaN(judged) ? "not measured" : !judge ? "n/a (smoke)"
                    : (t.kind() == Kind.BELOW ? judged < t.bound() : judged >= t.bound()) ? "yes" : "no";
            String oursText = Double.isNaN(ours[1]) ? "-" : number(ours[1]) + t.unit()
                    + (ours[0] == ours[2] ? "" : " (" + number(ours[0]) + "–" + number(ours[2]) + ")");
            text.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", t.measure(), oursText,
                    Double.isNaN(ceiling) ? "-" : number(ceiling) + t.unit(),
                    Double.isNaN(ratio) ? "-" : String.format(Locale.ROOT, "%.2f", ratio), target, met));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("measure", t.measure());
            row.put("scenario", t.scenario());
            row.put("figure", t.figure());
            row.put("ours", ours[1]);
            row.put("ours_min", ours[0]);
            row.put("ours_max", ours[2]);
            row.put("ceiling", ceiling);
            row.put("ratio", ratio);
            row.put("target", target);
            row.put("met", met);
            rows.add(row);
        }
        Report.line("%s", text);
        return rows;
    }

    private static String number(double value) {
        if (Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 10 ? "%.1f" : "%.2f", value);
    }
}
