package iq.tsh.erp.ops.dashboard;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** Judges a snapshot against the configured thresholds; the alerts are recomputed on every call, never stored. */
@Component
class AlertRules {

    private final AlertSettings settings;
    private final ProcessorWatch watch;
    private final CounterHistory history;
    private final ProcessorStates states;

    AlertRules(AlertSettings settings, ProcessorWatch watch, CounterHistory history, ProcessorStates states) {
        this.settings = settings;
        this.watch = watch;
        this.history = history;
        this.states = states;
    }

    List<Alert> judge(SyncSnapshot snapshot) {
        List<Alert> alerts = new ArrayList<>();
        if (!snapshot.database().up()) {
            alerts.add(new Alert(Alert.DATABASE, Alert.CRITICAL, "database", "the database does not answer ("
                    + snapshot.database().error() + ")", null, null, null, null));
        }
        snapshot.processors().forEach(processor -> processor(processor, snapshot.at(), alerts));
        if (snapshot.deadLetters() != null) {
            snapshot.deadLetters().groups().forEach(group -> deadLetters(group, alerts));
        }
        if (snapshot.queue() != null) {
            snapshot.queue().groups().forEach(group -> lag(group, alerts));
        }
        if (snapshot.deliveries() != null) {
            deliveries(snapshot.deliveries(), snapshot.at(), alerts);
        }
        alerts.sort(Comparator.comparing((Alert alert) -> !alert.critical()).thenComparing(Alert::rule)
                .thenComparing(Alert::subject));
        return alerts;
    }

    private void processor(ProcessorHealth processor, Instant now, List<Alert> alerts) {
        String name = processor.name();
        if (Boolean.FALSE.equals(processor.running())) {
            alerts.add(new Alert("processor-stopped", Alert.CRITICAL, name, "processor " + name
                    + " is not running on this node: its projections fall behind", null, null, null,
                    watch.stoppedSince(name)));
        }
        if (Boolean.TRUE.equals(processor.error())) {
            String why = processor.segments().stream().map(SegmentHealth::error).filter(error -> error != null)
                    .findFirst().map(error -> ": " + error).orElse("");
            alerts.add(new Alert("processor-error", Alert.CRITICAL, name, "processor " + name
                    + " is retrying a failing batch" + why, null, null, null, watch.failingSince(name)));
        }
        processor.segments().forEach(segment -> unclaimed(name, segment, now, alerts));
        if (processor.running() != null) {
            failures(name, alerts);
        }
    }

    /** A segment nobody processes: released and not taken again, or held by a node that stopped renewing. */
    private void unclaimed(String processor, SegmentHealth segment, Instant now, List<Alert> alerts) {
        if (segment.claimedAt() == null || (segment.owner() != null && !segment.claimStale())) {
            return;
        }
        Instant since = segment.owner() == null ? segment.claimedAt() : segment.claimedAt().plus(states.lockTimeout());
        long seconds = Duration.between(since, now).toSeconds();
        if (seconds > settings.unclaimedSeconds()) {
            String who = segment.owner() == null ? "no node holds it"
                    : segment.owner() + " holds it but stopped renewing its claim";
            alerts.add(new Alert("segment-unclaimed", Alert.WARNING, processor + "/" + segment.segment(),
                    "segment " + segment.segment() + " of " + processor + " is not processed: " + who, seconds,
                    settings.unclaimedSeconds(), "seconds", since.plusSeconds(settings.unclaimedSeconds())));
        }
    }

    private void failures(String processor, List<Alert> alerts) {
        ProcessorCounts hour = history.last(processor, Duration.ofHours(1)).counts();
        Double percent = hour.failurePercent();
        if (percent == null || hour.succeeded() + hour.failed() <= settings.failureMinEvents()
                || percent <= settings.failurePercent()) {
            return;
        }
        alerts.add(new Alert("failure-rate", percent > settings.failurePercentCritical() ? Alert.CRITICAL
                : Alert.WARNING, processor, hour.failed() + " of " + (hour.succeeded() + hour.failed())
                + " events handled by " + processor + " on this node failed in the last hour", percent,
                settings.failurePercent(), "percent", null));
    }

    private void deadLetters(DeadLetterSummary.GroupLetters group, List<Alert> alerts) {
        if (group.total() <= settings.deadLetters()) {
            return;
        }
        boolean critical = group.parked() > 0 || group.total() > settings.deadLettersCritical();
        alerts.add(new Alert("dead-letters", critical ? Alert.CRITICAL : Alert.WARNING, group.group(),
                group.total() + " dead letters in " + group.group() + " (" + group.parked() + " parked, "
                        + group.retrying() + " retrying, " + group.waiting() + " waiting behind them)",
                group.total(), settings.deadLetters(), "letters", group.oldestAt()));
    }

    private void lag(QueueView.GroupQueue group, List<Alert> alerts) {
        if (group.lagSeconds() > settings.lagSeconds()) {
            alerts.add(new Alert("lag-seconds", group.lagSeconds() > settings.lagSecondsCritical() ? Alert.CRITICAL
                    : Alert.WARNING, group.group(), group.group() + " has not handled an event stored "
                    + group.lagSeconds() + " s ago", group.lagSeconds(), settings.lagSeconds(), "seconds",
                    group.oldestUnprocessedAt() == null ? null
                            : group.oldestUnprocessedAt().plusSeconds(settings.lagSeconds())));
        }
        if (group.lagEvents() != null && group.lagEvents() > settings.lagEvents()) {
            alerts.add(new Alert("lag-events", group.lagEvents() > settings.lagEventsCritical() ? Alert.CRITICAL
                    : Alert.WARNING, group.group(), group.group() + " is " + group.lagEvents()
                    + " events behind the head of the stream", group.lagEvents(), settings.lagEvents(), "events",
                    null));
        }
    }

    private void deliveries(DeliveryActivity activity, Instant now, List<Alert> alerts) {
        if (activity.rejectedLastHour() > settings.rejectedPerHour()) {
            alerts.add(new Alert("rejected-deliveries", Alert.WARNING, "webhooks", activity.rejectedLastHour()
                    + " deliveries refused in the last hour (see the inbox, outcome rejected)",
                    activity.rejectedLastHour(), settings.rejectedPerHour(), "deliveries per hour",
                    activity.firstRejectedAt()));
        }
        // Without any delivery yet, silence counts from this node's start.
        Instant last = activity.lastWebhookAt() != null ? activity.lastWebhookAt()
                : Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        Duration quiet = settings.businessHours().between(last, now);
        Duration threshold = Duration.ofHours(settings.quietHours());
        if (quiet.compareTo(threshold) > 0) {
            alerts.add(new Alert("no-deliveries", Alert.WARNING, "webhooks", "no webhook delivery for "
                    + hours(quiet) + " business hours" + (activity.lastWebhookAt() == null ? " since start"
                    : " (the last at " + last + ")"), hours(quiet), settings.quietHours(), "business hours",
                    settings.businessHours().after(last, threshold)));
        }
    }

    private static double hours(Duration duration) {
        return Math.round(duration.toMinutes() / 6.0) / 10.0;
    }
}
