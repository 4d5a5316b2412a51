package iq.tsh.erp.bff.catalog;

import iq.tsh.erp.api.catalog.ListingKey;
import iq.tsh.erp.api.catalog.ProductSort;
import iq.tsh.erp.web.BadParameterException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * The opaque cursor the app passes back: base64url of a version tag, the sort it belongs to and the page end's
 * keyset (sort key, item id). Nothing outside this class reads it, so its shape may change under a new tag.
 */
final class Cursors {

    private static final String VERSION = "l1";
    private static final String SEPARATOR = "|";
    private static final Instant EARLIEST = Instant.EPOCH;
    private static final Instant LATEST = Instant.parse("9999-01-01T00:00:00Z");

    private Cursors() {
    }

    static String encode(ListingKey key) {
        if (key == null) {
            return null;
        }
        String plain = String.join(SEPARATOR, VERSION, key.sort().name(), key.key(), key.itemId());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The page end in a cursor given for a listing in {@code sort}; 400 for a malformed or another listing's one. */
    static ListingKey decode(String cursor, ProductSort sort) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
        } catch (IllegalArgumentException e) {
            throw malformed();
        }
        if (parts.length != 4 || !VERSION.equals(parts[0]) || parts[3].isEmpty()) {
            throw malformed();
        }
        if (!sort.name().equals(parts[1])) {
            throw new BadParameterException("cursor", "this cursor belongs to another listing order, not " + sort.name().toLowerCase());
        }
        if (!plausibleKey(sort, parts[2])) {
            throw malformed();
        }
        return new ListingKey(sort, parts[2], parts[3]);
    }

    /** A key this service could have written: keys beyond these bounds would reach the database as errors. */
    private static boolean plausibleKey(ProductSort sort, String key) {
        try {
            if (sort == ProductSort.NEWEST) {
                Instant at = Instant.parse(key);
                return at.isAfter(EARLIEST) && at.isBefore(LATEST);
            }
            BigDecimal value = new BigDecimal(key);
            return value.precision() - value.scale() <= 20 && value.scale() <= 20;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static BadParameterException malformed() {
        return new BadParameterException("cursor", "not a cursor this listing gave; pass back nextCursor unchanged");
    }
}
