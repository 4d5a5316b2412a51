package iq.tsh.erp.bff.review;

import java.util.List;

/** A page of reviews; {@code nextCursor} is absent on the last page. */
record ReviewList<T>(List<T> items, String nextCursor) {
}
