package iq.tsh.erp.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How much of everything a run does. {@link #full} is the measurement the figures of BENCHMARKS.md come from;
 * {@link #tiny} runs every scenario end to end with tiny counts, to prove the harness still works (CI).
 *
 * @param rounds            measured rounds of each scenario (the table shows their median, min and max)
 * @param measuredPerSender webhook deliveries per sender per round
 * @param lagSamples        projection lag samples per round
 * @param measuredPerClient storefront reads per client per round
 * @param ceilingLength     how long each JDBC ceiling round runs
 */
record Scale(boolean smoke, int rounds, int senders, int warmUpPerSender, int measuredPerSender, int lagSamples,
             int products, int invoices, int bookPrices, int clients, int warmUpPerClient, int measuredPerClient,
             Duration ceilingLength, Duration ceilingWarmUp) {

    static Scale full(int products, int rounds) {
        return new Scale(false, rounds, 16, 30, 120, 20, products, products * 3 / 50, Math.min(products, 10_000),
                32, 20, 60, Duration.ofSeconds(8), Duration.ofSeconds(2));
    }

    static Scale tiny() {
        return new Scale(true, 1, 16, 2, 5, 3, 300, 20, 300, 32, 2, 5, Duration.ofSeconds(1), Duration.ofMillis(300));
    }

    /** For the JSON (which has no durations). */
    Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("smoke", smoke);
        map.put("rounds", rounds);
        map.put("senders", senders);
        map.put("warm_up_per_sender", warmUpPerSender);
        map.put("measured_per_sender", measuredPerSender);
        map.put("lag_samples", lagSamples);
        map.put("products", products);
        map.put("invoices", invoices);
        map.put("book_prices", bookPrices);
        map.put("clients", clients);
        map.put("warm_up_per_client", warmUpPerClient);
        map.put("measured_per_client", measuredPerClient);
        map.put("ceiling_seconds", ceilingLength.toMillis() / 1000.0);
        map.put("ceiling_warm_up_seconds", ceilingWarmUp.toMillis() / 1000.0);
        return map;
    }
}
