package iq.tsh.erp.api.review;

/**
 * The approved (visible) reviews of a Zoho item, newest first, answering a {@link ReviewPage}. The product page
 * can ask for the latest few with {@code after} null.
 *
 * @param after where the previous page stopped; null for the first page
 */
public record FindProductReviews(String itemId, ReviewCursor after, int limit) {
}
