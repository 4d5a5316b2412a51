package iq.tsh.erp.ops.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Service;

/**
 * The verdict behind the public {@code /health}: the dashboard's own alerts, limited to the machinery (database,
 * processors, segments, dead letters), so health and the dashboard never disagree about it. Lag and delivery rates
 * are the dashboard's to judge: they say how the flow goes, not whether the node works. Read at most once a second
 * and by one caller at a time (the others get the last verdict), because {@code /health} is public and polled.
 */
@Service
public class SyncVerdict {

    private static final Set<String> MACHINERY = Set.of(Alert.DATABASE, "processor-stopped", "processor-error",
            "segment-unclaimed", "dead-letters");
    private static final Duration FRESH = Duration.ofSeconds(1);

    private final SyncSnapshots snapshots;
    private final AlertRules rules;
    private final ReentrantLock reading = new ReentrantLock();
    private volatile Verdict last;

    SyncVerdict(SyncSnapshots snapshots, AlertRules rules) {
        this.snapshots = snapshots;
        this.rules = rules;
    }

    /**
     * What keeps the node from being healthy.
     *
     * @param databaseUp false: the node cannot serve
     * @param problems   one line each, most urgent first; empty when healthy
     */
    public record Verdict(Instant at, boolean databaseUp, List<String> problems) {

        public boolean healthy() {
            return databaseUp && problems.isEmpty();
        }
    }

    public Verdict current() {
        Verdict cached = last;
        if (cached != null && cached.at().plus(FRESH).isAfter(Instant.now())) {
            return cached;
        }
        if (cached != null && !reading.tryLock()) {
            return cached;
        }
        if (cached == null) {
            reading.lock();
        }
        try {
            if (last != cached) {
                return last;
            }
            SyncSnapshot snapshot = snapshots.takeForHealth();
            List<String> problems = rules.judge(snapshot).stream().filter(alert -> MACHINERY.contains(alert.rule()))
                    .map(Alert::message).toList();
            Verdict verdict = new Verdict(Instant.now(), snapshot.database().up(), problems);
            last = verdict;
            return verdict;
        } finally {
            reading.unlock();
        }
    }
}
