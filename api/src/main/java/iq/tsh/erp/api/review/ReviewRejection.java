package iq.tsh.erp.api.review;

/** Why the Review aggregate refused a command: the code the BFF turns into an answer. */
public enum ReviewRejection {
    /** The rating is not a whole number from 1 to 5. */
    RATING_OUT_OF_RANGE,
    /** The review belongs to another customer. */
    NOT_THE_AUTHOR,
    /** Customers cannot flag their own review. */
    OWN_REVIEW,
    /** The review is not visible to customers, so they cannot have seen it to flag it. */
    NOT_VISIBLE,
    /** Moderation can approve, reject or hide; nothing else. */
    UNKNOWN_DECISION
}
