package iq.tsh.erp.ops.dashboard;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Reads the meters axon-micrometer keeps per event processor. With {@code axon.metrics.micrometer.dimensional}
 * they are {@code eventProcessor.*} tagged {@code processorName}; without, named {@code <processor>.*}: both are read.
 */
@Component
class ProcessorMeters {

    private final MeterRegistry registry;

    ProcessorMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    ProcessorCounts counts(String processor) {
        return new ProcessorCounts(count(meters(processor, "ingestedCounter")),
                count(meters(processor, "successCounter")), count(meters(processor, "failureCounter")),
                count(meters(processor, "ignoredCounter")));
    }

    /** How long successful handling took, per event type. */
    List<LatencyView> handlingTimes(String processor) {
        return meters(processor, "successTimer").stream()
                .filter(Timer.class::isInstance).map(Timer.class::cast)
                .filter(timer -> timer.count() > 0)
                .map(timer -> latency(timer, StoredValues.simpleName(timer.getId().getTag("payloadType")), null))
                .sorted(Comparator.comparing(LatencyView::count).reversed())
                .toList();
    }

    /** Axon's latency gauge: how old the last handled event was when handled, in milliseconds. */
    Double eventLatencyMs(String processor) {
        return meters(processor, "latency").stream().filter(Gauge.class::isInstance).map(Gauge.class::cast)
                .map(Gauge::value).filter(Double::isFinite).findFirst().orElse(null);
    }

    static LatencyView latency(Timer timer, String eventType, Integer status) {
        HistogramSnapshot snapshot = timer.takeSnapshot();
        Map<String, Double> percentiles = new LinkedHashMap<>();
        for (ValueAtPercentile value : snapshot.percentileValues()) {
            percentiles.put(percentileName(value.percentile()), round(value.value(TimeUnit.MILLISECONDS)));
        }
        return new LatencyView(eventType, status, snapshot.count(), round(snapshot.mean(TimeUnit.MILLISECONDS)),
                round(snapshot.max(TimeUnit.MILLISECONDS)), percentiles);
    }

    private Collection<Meter> meters(String processor, String meter) {
        Collection<Meter> dimensional = registry.find("eventProcessor." + meter).tag("processorName", processor)
                .meters();
        return dimensional.isEmpty() ? registry.find(processor + "." + meter).meters() : dimensional;
    }

    private static long count(Collection<Meter> meters) {
        double total = 0;
        for (Meter meter : meters) {
            if (meter instanceof Counter counter) {
                total += counter.count();
            } else if (meter instanceof FunctionCounter counter) {
                total += counter.count();
            }
        }
        return Math.round(total);
    }

    /** 0.5 is p50, 0.999 is p99.9. */
    private static String percentileName(double percentile) {
        return "p" + BigDecimal.valueOf(Math.round(percentile * 10_000) / 100.0).stripTrailingZeros().toPlainString();
    }

    static double round(double value) {
        return Double.isFinite(value) ? Math.round(value * 1000) / 1000.0 : 0;
    }
}
