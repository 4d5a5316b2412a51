package iq.tsh.erp.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;

/**
 * A closed loop: each of N workers makes one call, waits for it, makes the next, until it has made its count or the
 * time is up. Every call is timed; the first failure ends the whole load with its cause.
 */
final class ClosedLoop {

    /** One worker's calls; {@link #close()} releases what the worker held (a connection). */
    interface Call extends AutoCloseable {
        void call() throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    /** The latencies (µs) of a load and how long it took. */
    record Timed(Histogram micros, double seconds) {
    }

    private ClosedLoop() {
    }

    static Timed counted(String name, int workers, int perWorker, Supplier<Call> calls) throws Exception {
        return run(name, workers, perWorker, Duration.ofDays(1), calls);
    }

    static Timed timed(String name, int workers, Duration length, Supplier<Call> calls) throws Exception {
        return run(name, workers, Integer.MAX_VALUE, length, calls);
    }

    private static Timed run(String name, int workers, int perWorker, Duration length, Supplier<Call> calls)
            throws Exception {
        ExecutorService pool = Threads.pool(name, workers);
        try {
            List<Future<Histogram>> results = new ArrayList<>();
            long start = System.nanoTime();
            long deadline = start + length.toNanos();
            for (int w = 0; w < workers; w++) {
                results.add(pool.submit(() -> work(calls, perWorker, deadline)));
            }
            Histogram all = histogram();
            for (Future<Histogram> result : results) {
                all.add(result.get());
            }
            return new Timed(all, (System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Histogram work(Supplier<Call> calls, int count, long deadline) throws Exception {
        Histogram histogram = histogram();
        try (Call call = calls.get()) {
            for (int i = 0; i < count && System.nanoTime() < deadline; i++) {
                long begin = System.nanoTime();
                call.call();
                histogram.recordValue(Math.min((System.nanoTime() - begin) / 1_000, histogram.getHighestTrackableValue()));
            }
        }
        return histogram;
    }

    static Histogram histogram() {
        return new Histogram(TimeUnit.SECONDS.toMicros(120), 3);
    }
}
