package iq.tsh.erp.bff.catalog;

import iq.tsh.erp.api.catalog.ListingKey;
import iq.tsh.erp.api.catalog.ProductSort;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * The opaque cursor the app passes back: base64url of the page end's keyset and the sort it belongs to. Only the
 * shape is promised to nobody, so it can change with a new version tag.
 */
final class Cursors {

    private static final String VERSION = "l1";
    private static final String SEPARATOR = "|";

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
        try {
            if (sort == ProductSort.NEWEST) {
                Instant.parse(parts[2]);
            } else {
                new BigDecimal(parts[2]);
            }
        } catch (RuntimeException e) {
            throw malformed();
        }
        return new ListingKey(sort, parts[2], parts[3]);
    }

    private static BadParameterException malformed() {
        return new BadParameterException("cursor", "not a cursor this listing gave; pass back nextCursor unchanged");
    }
}
