package iq.tsh.erp.api.review;

import java.util.List;

/** A page of reviews, newest first; {@code next} is null on the last page. */
public record ReviewPage(List<ReviewView> items, ReviewCursor next) {
}
