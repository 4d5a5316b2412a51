package iq.tsh.erp.ops.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.stereotype.Service;

/** Builds the queue view: positions from {@code token_entry}, the head and backlog from the event store. */
@Service
class SyncQueue {

    static final Duration THROUGHPUT_WINDOW = Duration.ofMinutes(5);

    private final ProcessingGroups groups;
    private final TokenRows tokens;
    private final EventStream stream;
    private final CounterHistory history;
    private final Clock clock = Clock.systemUTC();

    SyncQueue(ProcessingGroups groups, TokenRows tokens, EventStream stream, CounterHistory history) {
        this.groups = groups;
        this.tokens = tokens;
        this.stream = stream;
        this.history = history;
    }

    QueueView read() {
        return read(tokens.all(), clock.instant());
    }

    QueueView read(List<TokenRow> rows, Instant now) {
        EventStream.Head head = stream.head();
        SortedSet<String> names = new TreeSet<>(groups.local().keySet());
        rows.forEach(row -> names.add(row.processor()));
        List<QueueView.GroupQueue> queues = new ArrayList<>();
        for (String name : names) {
            List<QueueView.SegmentQueue> segments = rows.stream().filter(row -> row.processor().equals(name))
                    .map(row -> segment(row, head, now)).toList();
            boolean unknown = segments.stream().anyMatch(segment -> segment.lagEvents() == null);
            Long lagEvents = unknown ? null : segments.stream().mapToLong(QueueView.SegmentQueue::lagEvents).max()
                    .orElse(0);
            Instant oldest = segments.stream().map(QueueView.SegmentQueue::oldestUnprocessedAt)
                    .filter(Objects::nonNull).min(Instant::compareTo).orElse(null);
            queues.add(new QueueView.GroupQueue(name, head.index(), lagEvents, secondsSince(oldest, now), oldest,
                    throughput(name), segments));
        }
        return new QueueView(now, head.index(), head.at(), queues);
    }

    private QueueView.SegmentQueue segment(TokenRow row, EventStream.Head head, Instant now) {
        TrackingPosition position = row.position();
        EventStream.Backlog backlog = stream.backlog(position, head);
        return new QueueView.SegmentQueue(row.segment(), row.owner(), row.claimedAt(), position.shown(),
                position.replaying(), position.resetIndex(), backlog.events(),
                secondsSince(backlog.oldestAt(), now), backlog.oldestAt());
    }

    private QueueView.Throughput throughput(String group) {
        CounterHistory.Window window = history.last(group, THROUGHPUT_WINDOW);
        ProcessorCounts total = history.total(group);
        return new QueueView.Throughput(window.length().toSeconds(),
                window.perSecond(window.counts().succeeded() + window.counts().failed()),
                total.succeeded() + total.failed());
    }

    static long secondsSince(Instant at, Instant now) {
        return at == null ? 0 : Math.max(0, Duration.between(at, now).toSeconds());
    }
}
