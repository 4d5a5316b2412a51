package iq.tsh.erp.api.review;

/** The name a customer's reviews are signed with, answering a {@link ReviewAuthor}. */
public record FindReviewAuthor(String customerId) {
}
