package iq.tsh.erp.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The audit endpoints' query parameters, parsed by hand so that every bad value is a 400 naming the parameter,
 * never a 5xx or a silent default.
 */
final class AuditParameters {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    /** A position before every event: the history or stream from its beginning. */
    static final long START = -1;

    private AuditParameters() {
    }

    static int limit(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_LIMIT;
        }
        long limit = number("limit", text);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw AuditProblem.badParameter("limit must be between 1 and " + MAX_LIMIT + ", not " + text.strip());
        }
        return (int) limit;
    }

    /**
     * The position to continue after: {@code after} and {@code cursor} are two names for it (a cursor is the
     * {@code next} of an earlier page), so both may be given only when they agree.
     */
    static long position(String after, String cursor) {
        Long fromAfter = blank(after) ? null : number("after", after);
        Long fromCursor = blank(cursor) ? null : number("cursor", cursor);
        if (fromAfter != null && fromCursor != null && !fromAfter.equals(fromCursor)) {
            throw AuditProblem.badParameter("after and cursor name the same position; they disagree");
        }
        Long position = fromAfter != null ? fromAfter : fromCursor;
        if (position == null) {
            return START;
        }
        if (position < 0) {
            throw AuditProblem.badParameter("after/cursor is a position, 0 or more; leave it out to start at the beginning");
        }
        return position;
    }

    /** An ISO-8601 instant, with {@code Z} or an offset; {@code null} when absent. */
    static Instant instant(String name, String text) {
        if (blank(text)) {
            return null;
        }
        // A '+' offset sent unencoded in a query string arrives as a space.
        String value = text.strip().replace(' ', '+');
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException notAnInstant) {
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException e) {
                throw AuditProblem.badParameter(name + " must be an ISO-8601 instant such as 2025-05-06T09:14:26Z,"
                        + " not " + text.strip());
            }
        }
    }

    static void window(Instant from, Instant to) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw AuditProblem.badParameter("from must be before to (the window is from <= timestamp < to)");
        }
    }

    private static long number(String name, String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw AuditProblem.badParameter(name + " must be a whole number, not " + text.strip());
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
