package iq.tsh.erp.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import org.HdrHistogram.Histogram;

/** The figures of one round of one scenario, by name ({@code p99_ms}, {@code per_second}, ...), as they go to JSON. */
final class Round {

    private final Map<String, Double> figures = new LinkedHashMap<>();

    static Round of(ClosedLoop.Timed timed) {
        return latencies(timed.micros()).with("seconds", timed.seconds())
                .with("per_second", timed.micros().getTotalCount() / timed.seconds());
    }

    /** Percentiles of a histogram of microseconds, in milliseconds. */
    static Round latencies(Histogram micros) {
        return new Round().with("n", micros.getTotalCount())
                .with("p50_ms", micros.getValueAtPercentile(50) / 1000.0)
                .with("p90_ms", micros.getValueAtPercentile(90) / 1000.0)
                .with("p99_ms", micros.getValueAtPercentile(99) / 1000.0)
                .with("max_ms", micros.getMaxValue() / 1000.0);
    }

    Round with(String name, double value) {
        figures.put(name, value);
        return this;
    }

    Map<String, Double> figures() {
        return figures;
    }

    double get(String name) {
        Double value = figures.get(name);
        return value == null ? Double.NaN : value;
    }
}
