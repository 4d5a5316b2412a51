package iq.tsh.erp.zoho.parse;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.List;
import java.util.Optional;

/**
 * Zoho's many ways of writing a time: {@code 2025-05-06T12:44:26+0530} (no colon in the offset, which ISO parsing
 * rejects), ISO-8601 with a colon or {@code Z}, a space instead of {@code T}, epoch milliseconds, or a bare date.
 * A time without an offset is in the organisation's zone, Baghdad (+03:00).
 */
final class ZohoTimes {

    static final ZoneOffset ORGANISATION_OFFSET = ZoneOffset.ofHours(3);

    private static final List<DateTimeFormatter> WITH_OFFSET = List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS]Z"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssZ"),
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            new DateTimeFormatterBuilder().appendPattern("yyyy-MM-dd HH:mm:ss").appendOffsetId().toFormatter());
    private static final List<DateTimeFormatter> LOCAL = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));

    private ZohoTimes() {
    }

    static Optional<Instant> parseInstant(String text) {
        String value = text.trim();
        for (DateTimeFormatter format : WITH_OFFSET) {
            try {
                return Optional.of(OffsetDateTime.parse(value, format).toInstant());
            } catch (DateTimeException ignored) {
                // try the next form
            }
        }
        for (DateTimeFormatter format : LOCAL) {
            try {
                return Optional.of(LocalDateTime.parse(value, format).toInstant(ORGANISATION_OFFSET));
            } catch (DateTimeException ignored) {
                // try the next form
            }
        }
        // Only a bare date: parseDate also takes the date part of a longer text, which would read any time it
        // cannot parse (fractions of a second with +0300, a bad clock) as that day's midnight.
        try {
            return Optional.of(LocalDate.parse(value).atStartOfDay().toInstant(ORGANISATION_OFFSET));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    static Optional<LocalDate> parseDate(String text) {
        String value = text.trim();
        try {
            return Optional.of(LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
