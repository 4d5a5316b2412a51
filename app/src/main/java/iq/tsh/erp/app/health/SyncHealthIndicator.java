package iq.tsh.erp.app.health;

import iq.tsh.erp.ops.dashboard.SyncVerdict;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The same verdict as {@code /health}, for actuator health: down only when the database does not answer; a
 * degraded node is up (it serves) with its problems in the details, which only OPS see.
 */
@Component("sync")
class SyncHealthIndicator implements HealthIndicator {

    private final SyncVerdict verdicts;

    SyncHealthIndicator(SyncVerdict verdicts) {
        this.verdicts = verdicts;
    }

    @Override
    public Health health() {
        SyncVerdict.Verdict verdict = verdicts.current();
        Health.Builder health = verdict.databaseUp() ? Health.up() : Health.down();
        return health.withDetail("verdict", verdict.healthy() ? "healthy" : verdict.databaseUp() ? "degraded"
                : "unhealthy").withDetail("problems", verdict.problems()).build();
    }
}
