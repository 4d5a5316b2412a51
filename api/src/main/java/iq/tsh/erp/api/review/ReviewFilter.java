package iq.tsh.erp.api.review;

/** Which reviews ops list: all, one status, or those any customer has flagged. */
public enum ReviewFilter {
    ALL,
    PENDING,
    APPROVED,
    REJECTED,
    HIDDEN,
    FLAGGED
}
