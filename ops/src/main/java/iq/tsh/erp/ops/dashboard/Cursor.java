package iq.tsh.erp.ops.dashboard;

import iq.tsh.erp.web.BadParameterException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Where a newest-first page ended: the last row's time and id. Opaque to clients (base64url), and bound to its list
 * so that an inbox cursor passed to the dead-letter list is refused instead of silently skipping rows.
 *
 * @param at the sort time of the last row shown
 * @param id the last row's id, which breaks ties between rows of the same time
 */
record Cursor(Instant at, String id) {

    private static final String SEPARATOR = "|";

    String encode(String list) {
        String raw = list + SEPARATOR + at + SEPARATOR + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor of {@code list}, or null without one; a cursor this list did not give out is a bad parameter. */
    static Cursor decode(String list, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(value.strip()), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|", 3);
            if (parts.length == 3 && parts[0].equals(list) && !parts[2].isEmpty()) {
                return new Cursor(Instant.parse(parts[1]), parts[2]);
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            // answered below, like any other cursor this list did not give out
        }
        throw new BadParameterException("cursor", "cursor is not one this list gave out; start again without it");
    }
}
