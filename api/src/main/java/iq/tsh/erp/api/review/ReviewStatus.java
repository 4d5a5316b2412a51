package iq.tsh.erp.api.review;

/** Where a review stands in moderation; only an approved review is visible and counts in the product's rating. */
public enum ReviewStatus {
    /** Waiting for ops (when reviews are not approved on submit). */
    PENDING,
    APPROVED,
    REJECTED,
    /** Taken out of sight: by ops, or by three customers' flags. */
    HIDDEN;

    public boolean isVisible() {
        return this == APPROVED;
    }
}
