package iq.tsh.erp.ops.dashboard;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When Zoho deliveries are expected ({@code erp.alerts.business-hours}): a quiet night or Friday is normal, a quiet
 * working afternoon is not, so silence is measured in business time only.
 *
 * @param zone   the business's time zone
 * @param opens  the time of day business starts
 * @param closes the time of day business ends (after {@code opens}, the same day)
 * @param days   the working days
 */
public record BusinessHours(
        @DefaultValue("Asia/Baghdad") @NotNull ZoneId zone,
        @DefaultValue("08:00") @NotNull LocalTime opens,
        @DefaultValue("22:00") @NotNull LocalTime closes,
        @DefaultValue({"SATURDAY", "SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY"}) @NotEmpty
        Set<DayOfWeek> days) {

    /** Silence older than this is not measured further: the alert has long been raised by then. */
    private static final int MAX_DAYS = 800;

    public BusinessHours {
        if (opens != null && closes != null && !opens.isBefore(closes)) {
            throw new IllegalArgumentException("erp.alerts.business-hours.opens (" + opens
                    + ") must be before closes (" + closes + ")");
        }
        // Kept in week order (Monday first), so that the configuration reads back the way a person lists days.
        days = days == null || days.isEmpty() ? days : Collections.unmodifiableSet(EnumSet.copyOf(days));
    }

    /** The business time between two instants (zero when {@code to} is not after {@code from}). */
    public Duration between(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        if (!from.isBefore(to)) {
            return total;
        }
        LocalDate day = from.atZone(zone).toLocalDate();
        LocalDate last = to.atZone(zone).toLocalDate();
        if (day.plusDays(MAX_DAYS).isBefore(last)) {
            day = last.minusDays(MAX_DAYS);
        }
        for (; !day.isAfter(last); day = day.plusDays(1)) {
            Instant open = latest(from, opening(day));
            Instant close = earliest(to, closing(day));
            if (days.contains(day.getDayOfWeek()) && open.isBefore(close)) {
                total = total.plus(Duration.between(open, close));
            }
        }
        return total;
    }

    /** The instant at which {@code amount} of business time will have passed since {@code from}. */
    public Instant after(Instant from, Duration amount) {
        Duration left = amount;
        LocalDate day = from.atZone(zone).toLocalDate();
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            Instant open = latest(from, opening(day));
            Instant close = closing(day);
            if (!days.contains(day.getDayOfWeek()) || !open.isBefore(close)) {
                continue;
            }
            Duration span = Duration.between(open, close);
            if (span.compareTo(left) >= 0) {
                return open.plus(left);
            }
            left = left.minus(span);
        }
        return null;
    }

    private Instant opening(LocalDate day) {
        return day.atTime(opens).atZone(zone).toInstant();
    }

    private Instant closing(LocalDate day) {
        return day.atTime(closes).atZone(zone).toInstant();
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
