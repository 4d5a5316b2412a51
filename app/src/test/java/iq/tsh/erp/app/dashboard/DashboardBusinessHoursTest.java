package iq.tsh.erp.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import iq.tsh.erp.ops.dashboard.AlertSettings;
import iq.tsh.erp.ops.dashboard.BusinessHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Silence is measured in business time: 08:00-22:00 in Baghdad, Saturday to Thursday. */
class DashboardBusinessHoursTest {

    private static final ZoneId BAGHDAD = ZoneId.of("Asia/Baghdad");
    private static final BusinessHours HOURS = new BusinessHours(BAGHDAD, LocalTime.of(8, 0), LocalTime.of(22, 0),
            EnumSet.complementOf(EnumSet.of(DayOfWeek.FRIDAY)));

    /** 2025-05-08 is a Thursday. */
    private static Instant baghdad(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BAGHDAD).toInstant();
    }

    @Test
    void countsNothingOnAFriday() {
        assertThat(HOURS.between(baghdad("2025-05-09T00:00"), baghdad("2025-05-10T00:00"))).isZero();
    }

    @Test
    void countsNothingAtNight() {
        assertThat(HOURS.between(baghdad("2025-05-10T22:30"), baghdad("2025-05-11T07:59"))).isZero();
    }

    @Test
    void countsThursdayEveningAndSaturdayMorningAcrossTheWeekend() {
        assertThat(HOURS.between(baghdad("2025-05-08T20:00"), baghdad("2025-05-10T10:00")))
                .isEqualTo(Duration.ofHours(4));
    }

    @Test
    void countsWholeWorkingDays() {
        assertThat(HOURS.between(baghdad("2025-05-10T00:00"), baghdad("2025-05-12T00:00")))
                .isEqualTo(Duration.ofHours(28));
    }

    @Test
    void findsWhenSixBusinessHoursHavePassed() {
        assertThat(HOURS.after(baghdad("2025-05-08T20:00"), Duration.ofHours(6)))
                .isEqualTo(baghdad("2025-05-10T12:00"));
        assertThat(HOURS.after(baghdad("2025-05-10T06:00"), Duration.ofHours(6)))
                .isEqualTo(baghdad("2025-05-10T14:00"));
    }

    @Test
    void refusesHoursThatCloseBeforeTheyOpen() {
        assertThatThrownBy(() -> new BusinessHours(BAGHDAD, LocalTime.of(22, 0), LocalTime.of(8, 0),
                EnumSet.of(DayOfWeek.MONDAY))).hasMessageContaining("opens");
    }

    @Test
    void refusesACriticalLevelBelowItsWarning() {
        assertThatThrownBy(() -> new AlertSettings(0, 100, 300, 60, 500, 1000, 5, 10, 10, 10, 6, 60, HOURS))
                .hasMessageContaining("erp.alerts.lag-seconds-critical");
    }
}
