package iq.tsh.erp.ops.dashboard;

import iq.tsh.erp.web.BadParameterException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.regex.Pattern;

/** Reads the dashboard's query parameters; anything unusable is a {@link BadParameterException} naming it. */
final class Params {

    static final int PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 200;

    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}_.:$@/+-]+");

    private Params() {
    }

    /** A filter value: absent when blank; printable without spaces and at most 255 characters. */
    static String word(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 255 || !PLAIN.matcher(value).matches()) {
            throw new BadParameterException(name, name + " must be at most 255 letters, digits or _.:$@/+-");
        }
        return value;
    }

    /** Free text to search for: absent when blank, at most 255 characters. */
    static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 255) {
            throw new BadParameterException(name, name + " must be at most 255 characters");
        }
        return value.strip();
    }

    static String oneOf(String name, String value, Collection<String> allowed) {
        String word = word(name, value);
        if (word != null && !allowed.contains(word)) {
            throw new BadParameterException(name, name + " must be one of " + String.join(", ", allowed));
        }
        return word;
    }

    /** An ISO-8601 instant ({@code 2025-05-06T09:00:00Z} or with an offset such as {@code +03:00}). */
    static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadParameterException(name,
                    name + " must be an ISO-8601 instant such as 2025-05-06T09:00:00Z or 2025-05-06T12:00:00+03:00");
        }
    }

    static void inOrder(Instant from, Instant to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadParameterException("from", "from must not be after to");
        }
    }

    static int limit(String value) {
        if (value == null || value.isBlank()) {
            return PAGE_SIZE;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= MAX_PAGE_SIZE) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below, like a number out of range
        }
        throw new BadParameterException("limit", "limit must be a whole number from 1 to " + MAX_PAGE_SIZE);
    }
}
