package iq.tsh.erp.ops.dashboard;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Thresholds of the dashboard's alerts ({@code erp.alerts}): an alert is active while its measure is over the
 * threshold, a warning over the first, critical over the second. Critical levels not in the issue come from the
 * service this replaces (1000 pending events, 100 dead letters, an hour of delay, 10 % failures).
 *
 * @param deadLetters            dead letters in a group above this warn; any parked letter is critical
 * @param deadLettersCritical    above this many, critical even while they are still being retried
 * @param lagSeconds             the oldest unhandled event of a group older than this warns
 * @param lagSecondsCritical     ... and older than this is critical
 * @param lagEvents              more unhandled events in a group than this warn
 * @param lagEventsCritical      ... and more than this is critical
 * @param failurePercent         handling failures among handled events over the last hour, above this percentage
 * @param failurePercentCritical ... and above this, critical
 * @param failureMinEvents       the failure rate is judged only once more events than this were handled in the hour
 * @param rejectedPerHour        more refused (4xx) deliveries than this in the last hour warn
 * @param quietHours             business hours without any webhook delivery before warning
 * @param unclaimedSeconds       a segment no live node has held for longer than this warns
 * @param businessHours          the hours that count for {@code quietHours}
 */
@Validated
@ConfigurationProperties("erp.alerts")
public record AlertSettings(
        @DefaultValue("0") @PositiveOrZero int deadLetters,
        @DefaultValue("100") @PositiveOrZero int deadLettersCritical,
        @DefaultValue("300") @PositiveOrZero long lagSeconds,
        @DefaultValue("3600") @PositiveOrZero long lagSecondsCritical,
        @DefaultValue("500") @PositiveOrZero long lagEvents,
        @DefaultValue("1000") @PositiveOrZero long lagEventsCritical,
        @DefaultValue("5") @PositiveOrZero double failurePercent,
        @DefaultValue("10") @PositiveOrZero double failurePercentCritical,
        @DefaultValue("10") @PositiveOrZero long failureMinEvents,
        @DefaultValue("10") @PositiveOrZero int rejectedPerHour,
        @DefaultValue("6") @Positive int quietHours,
        @DefaultValue("60") @PositiveOrZero long unclaimedSeconds,
        @DefaultValue @Valid BusinessHours businessHours) {

    public AlertSettings {
        atLeast("dead-letters", deadLettersCritical, deadLetters);
        atLeast("lag-seconds", lagSecondsCritical, lagSeconds);
        atLeast("lag-events", lagEventsCritical, lagEvents);
        atLeast("failure-percent", failurePercentCritical, failurePercent);
    }

    private static void atLeast(String name, double critical, double warning) {
        if (critical < warning) {
            throw new IllegalArgumentException("erp.alerts." + name + "-critical (" + critical
                    + ") must not be below erp.alerts." + name + " (" + warning + ")");
        }
    }
}
