package iq.tsh.erp.bench;

import java.net.http.HttpClient;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Webhooks at a steady rate (an open loop: each sender keeps its own schedule whatever the answers take), for as
 * long as a measurement runs beside it. Half the measured maximum is "half load" in the sense.
 */
final class PacedLoad implements AutoCloseable {

    private final ExecutorService pool;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final long startNanos = System.nanoTime();

    PacedLoad(WebhookLatencyBenchmark webhooks, int senders, double perSecond) {
        pool = Threads.pool("paced-sender", senders);
        long intervalNanos = (long) (senders * 1e9 / perSecond);
        for (int s = 0; s < senders; s++) {
            long offset = s * intervalNanos / senders;
            pool.submit(() -> pace(webhooks, intervalNanos, offset));
        }
    }

    private void pace(WebhookLatencyBenchmark webhooks, long intervalNanos, long offset) {
        HttpClient client = WebhookLatencyBenchmark.client();
        long next = System.nanoTime() + offset;
        while (running.get()) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                try {
                    TimeUnit.NANOSECONDS.sleep(wait);
                } catch (InterruptedException e) {
                    return;
                }
            }
            try {
                webhooks.send(client);
                sent.incrementAndGet();
            } catch (Exception e) {
                failed.incrementAndGet();
            }
            next += intervalNanos;
        }
    }

    /** Deliveries accepted per second so far. */
    double achievedPerSecond() {
        return sent.get() / ((System.nanoTime() - startNanos) / 1e9);
    }

    long failed() {
        return failed.get();
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
        pool.shutdownNow();
    }
}
