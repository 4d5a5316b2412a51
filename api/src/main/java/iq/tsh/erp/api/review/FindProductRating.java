package iq.tsh.erp.api.review;

/** The rating summary of a Zoho item over its approved reviews, answering a {@link ProductRating}. */
public record FindProductRating(String itemId) {
}
