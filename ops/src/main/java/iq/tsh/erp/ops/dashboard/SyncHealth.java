package iq.tsh.erp.ops.dashboard;

import java.util.List;
import org.springframework.stereotype.Service;

/** Health and alerts, both from one snapshot judged by the alert rules. */
@Service
class SyncHealth {

    private final SyncSnapshots snapshots;
    private final AlertRules rules;
    private final AlertSettings settings;

    SyncHealth(SyncSnapshots snapshots, AlertRules rules, AlertSettings settings) {
        this.snapshots = snapshots;
        this.rules = rules;
        this.settings = settings;
    }

    HealthView health() {
        SyncSnapshot snapshot = snapshots.take();
        List<Alert> alerts = rules.judge(snapshot);
        List<HealthView.GroupLag> lag = snapshot.queue() == null ? List.of() : snapshot.queue().groups().stream()
                .map(group -> new HealthView.GroupLag(group.group(), group.lagEvents(), group.lagSeconds()))
                .toList();
        return new HealthView(Alert.verdict(alerts), snapshot.at(), alerts.stream().map(Alert::message).toList(),
                snapshot.database(), snapshot.processors(), snapshot.deadLetters(), lag);
    }

    AlertsView alerts() {
        SyncSnapshot snapshot = snapshots.take();
        List<Alert> alerts = rules.judge(snapshot);
        long critical = alerts.stream().filter(Alert::critical).count();
        return new AlertsView(snapshot.at(), Alert.verdict(alerts), critical, alerts.size() - critical, alerts,
                settings);
    }
}
