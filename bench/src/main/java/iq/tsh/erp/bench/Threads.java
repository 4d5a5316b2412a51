package iq.tsh.erp.bench;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Daemon threads only: a pool left behind by a failed scenario must never keep the benchmark's JVM alive after its
 * last figure (the reason {@code sync} used to hang: an HttpClient executor of non-daemon threads, never shut down).
 */
final class Threads {

    private Threads() {
    }

    static ExecutorService pool(String name, int threads) {
        return Executors.newFixedThreadPool(threads, factory(name));
    }

    static ThreadFactory factory(String name) {
        AtomicInteger next = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + next.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
