package iq.tsh.erp.bff.review;

/**
 * The answer to a flag: the review is flagged by this customer, whether or not they had flagged it before
 * ({@code counted} false then). Whether it got hidden is for ops, not the flagger.
 */
record FlagAnswer(String id, boolean flagged, boolean counted) {
}
