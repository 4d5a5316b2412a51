package iq.tsh.erp.bff.review;

/** The answer to a moderation: the review's status now, and whether the decision changed it. */
record ModerationAnswer(String id, String status, boolean changed, String reason) {
}
