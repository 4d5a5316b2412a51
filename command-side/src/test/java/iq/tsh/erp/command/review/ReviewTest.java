package iq.tsh.erp.command.review;

import iq.tsh.erp.api.review.FlagOutcome;
import iq.tsh.erp.api.review.FlagReview;
import iq.tsh.erp.api.review.ModerateReview;
import iq.tsh.erp.api.review.ModerationOutcome;
import iq.tsh.erp.api.review.ReviewEdited;
import iq.tsh.erp.api.review.ReviewFlagged;
import iq.tsh.erp.api.review.ReviewHidden;
import iq.tsh.erp.api.review.ReviewId;
import iq.tsh.erp.api.review.ReviewModerated;
import iq.tsh.erp.api.review.ReviewRejectedException;
import iq.tsh.erp.api.review.ReviewStatus;
import iq.tsh.erp.api.review.ReviewSubmitted;
import iq.tsh.erp.api.review.SubmitReview;
import iq.tsh.erp.api.review.SubmittedReview;
import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReviewTest {

    private static final String ITEM = "470100000000000001";
    private static final String AUTHOR = "470200000000000001";
    private static final ReviewId ID = ReviewId.of(ITEM, AUTHOR);
    private static final Instant MAY_1 = Instant.parse("2026-05-01T09:00:00Z");
    private static final Instant MAY_2 = Instant.parse("2026-05-02T09:00:00Z");

    private AggregateTestFixture<Review> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Review.class);
    }

    private static SubmitReview submit(int rating, String title, boolean autoApprove, Instant at) {
        return new SubmitReview(ID, ITEM, AUTHOR, rating, title, "Tastes fresh", autoApprove, at);
    }

    private static ReviewSubmitted submitted(ReviewStatus status) {
        return new ReviewSubmitted(ID, ITEM, AUTHOR, 4, "Good oil", "Tastes fresh", status, MAY_1);
    }

    private static ReviewFlagged flagged(String customer, int count) {
        return new ReviewFlagged(ID, ITEM, customer, "spam", count, MAY_2);
    }

    private static FlagReview flag(String customer) {
        return new FlagReview(ID, customer, "spam", MAY_2);
    }

    private static ModerateReview moderate(ReviewStatus status) {
        return new ModerateReview(ID, status, "checked", "ops-user", MAY_2);
    }

    @Test
    void approvesANewReviewAtOnceWhenAutoApproving() {
        fixture.givenNoPriorActivity()
                .when(submit(4, "Good oil", true, MAY_1))
                .expectEvents(submitted(ReviewStatus.APPROVED))
                .expectResultMessagePayload(new SubmittedReview(true, ReviewStatus.APPROVED, MAY_1, MAY_1, 0));
    }

    @Test
    void keepsANewReviewPendingWithoutAutoApproval() {
        fixture.givenNoPriorActivity()
                .when(submit(4, "Good oil", false, MAY_1))
                .expectEvents(submitted(ReviewStatus.PENDING));
    }

    @Test
    void rejectsARatingBelowOne() {
        fixture.givenNoPriorActivity()
                .when(submit(0, "Good oil", true, MAY_1))
                .expectNoEvents()
                .expectException(ReviewRejectedException.class);
    }

    @Test
    void rejectsARatingAboveFive() {
        fixture.given(submitted(ReviewStatus.APPROVED))
                .when(submit(6, "Good oil", true, MAY_2))
                .expectNoEvents()
                .expectException(ReviewRejectedException.class);
    }

    @Test
    void editsOnASecondSubmit() {
        fixture.given(submitted(ReviewStatus.APPROVED))
                .when(submit(2, "Went rancid", true, MAY_2))
                .expectEvents(new ReviewEdited(ID, ITEM, 2, "Went rancid", "Tastes fresh", ReviewStatus.APPROVED, MAY_2))
                .expectResultMessagePayload(new SubmittedReview(false, ReviewStatus.APPROVED, MAY_1, MAY_2, 1));
    }

    @Test
    void staysSilentWhenTheSameReviewIsSentAgain() {
        fixture.given(submitted(ReviewStatus.APPROVED))
                .when(submit(4, "Good oil", true, MAY_2))
                .expectNoEvents()
                .expectResultMessagePayload(new SubmittedReview(false, ReviewStatus.APPROVED, MAY_1, MAY_1, 0));
    }

    @Test
    void refusesAnEditByAnotherCustomer() {
        fixture.given(submitted(ReviewStatus.APPROVED))
                .when(new SubmitReview(ID, ITEM, "470200000000000099", 1, "x", null, true, MAY_2))
                .expectNoEvents()
                .expectException(ReviewRejectedException.class);
    }

    @Test
    void editOfAHiddenReviewKeepsItHidden() {
        fixture.given(submitted(ReviewStatus.APPROVED),
                        new ReviewModerated(ID, ITEM, ReviewStatus.HIDDEN, "rude", "ops-user", MAY_1))
                .when(submit(5, "Polite now", true, MAY_2))
                .expectEvents(new ReviewEdited(ID, ITEM, 5, "Polite now", "Tastes fresh", ReviewStatus.HIDDEN, MAY_2));
    }

    @Test
    void editOfARejectedReviewKeepsItRejected() {
        fixture.given(submitted(ReviewStatus.APPROVED),
                        new ReviewModerated(ID, ITEM, ReviewStatus.REJECTED, "off topic", "ops-user", MAY_1))
                .when(submit(5, "On topic", true, MAY_2))
                .expectEvents(new ReviewEdited(ID, ITEM, 5, "On topic", "Tastes fresh", ReviewStatus.REJECTED, MAY_2));
    }

    @Test
    void editOfAnApprovedReviewWaitsForOpsWithoutAutoApproval() {
        fixture.given(submitted(ReviewStatus.APPROVED))
                .when(submit(3, "Changed", false, MAY_2))
                .expectEvents(new ReviewEdited(ID, ITEM, 3, "Changed", "Tastes fresh", ReviewStatus.PENDING, MAY_2));
    }

    @Test
    void countsAFlag() {
        fixture.given(submitted(ReviewStatus.APPROVED))
                .when(flag("c1"))
                .expectEvents(flagged("c1", 1))
                .expectResultMessagePayload(new FlagOutcome(true, ReviewStatus.APPROVED, 1));
    }

    @Test
    void countsARepeatedFlagOnce() {
        fixture.given(submitted(ReviewStatus.APPROVED), flagged("c1", 1))
                .when(flag("c1"))
                .expectNoEvents()
                .expectResultMessagePayload(new FlagOutcome(false, ReviewStatus.APPROVED, 1));
    }

    @Test
    void hidesAfterTheThirdDistinctCustomerFlags() {
        fixture.given(submitted(ReviewStatus.APPROVED), flagged("c1", 1), flagged("c2", 2))
                .when(flag("c3"))
                .expectEvents(flagged("c3", 3), new ReviewHidden(ID, ITEM, ReviewStatus.HIDDEN, 3, MAY_2))
                .expectResultMessagePayload(new FlagOutcome(true, ReviewStatus.HIDDEN, 4));
    }

    @Test
    void twoFlagsDoNotHide() {
        fixture.given(submitted(ReviewStatus.APPROVED), flagged("c1", 1))
                .when(flag("c2"))
                .expectEvents(flagged("c2", 2));
    }

    @Test
    void refusesAFlagOnOnesOwnReview() {
        fixture.given(submitted(ReviewStatus.APPROVED))
                .when(flag(AUTHOR))
                .expectNoEvents()
                .expectException(ReviewRejectedException.class);
    }

    @Test
    void refusesAFlagOnAReviewNobodyCanSee() {
        fixture.given(submitted(ReviewStatus.PENDING))
                .when(flag("c1"))
                .expectNoEvents()
                .expectException(ReviewRejectedException.class);
    }

    @Test
    void approvalClearsTheFlagTallySoTwoNewFlagsDoNotHideAgain() {
        fixture.given(submitted(ReviewStatus.APPROVED), flagged("c1", 1), flagged("c2", 2), flagged("c3", 3),
                        new ReviewHidden(ID, ITEM, ReviewStatus.HIDDEN, 3, MAY_2),
                        new ReviewModerated(ID, ITEM, ReviewStatus.APPROVED, "fine", "ops-user", MAY_2))
                .when(flag("c4"))
                .expectEvents(flagged("c4", 4));
    }

    @Test
    void opsApproveAPendingReview() {
        fixture.given(submitted(ReviewStatus.PENDING))
                .when(moderate(ReviewStatus.APPROVED))
                .expectEvents(new ReviewModerated(ID, ITEM, ReviewStatus.APPROVED, "checked", "ops-user", MAY_2))
                .expectResultMessagePayload(new ModerationOutcome(true, ReviewStatus.APPROVED, 1));
    }

    @Test
    void opsRejectAReview() {
        fixture.given(submitted(ReviewStatus.APPROVED))
                .when(moderate(ReviewStatus.REJECTED))
                .expectEvents(new ReviewModerated(ID, ITEM, ReviewStatus.REJECTED, "checked", "ops-user", MAY_2));
    }

    @Test
    void opsHideAReview() {
        fixture.given(submitted(ReviewStatus.APPROVED))
                .when(moderate(ReviewStatus.HIDDEN))
                .expectEvents(new ReviewModerated(ID, ITEM, ReviewStatus.HIDDEN, "checked", "ops-user", MAY_2));
    }

    @Test
    void moderationToTheSameStatusChangesNothing() {
        fixture.given(submitted(ReviewStatus.APPROVED))
                .when(moderate(ReviewStatus.APPROVED))
                .expectNoEvents()
                .expectResultMessagePayload(new ModerationOutcome(false, ReviewStatus.APPROVED, 0));
    }

    @Test
    void approvingAFlaggedVisibleReviewClearsItsFlags() {
        fixture.given(submitted(ReviewStatus.APPROVED), flagged("c1", 1))
                .when(moderate(ReviewStatus.APPROVED))
                .expectEvents(new ReviewModerated(ID, ITEM, ReviewStatus.APPROVED, "checked", "ops-user", MAY_2));
    }

    @Test
    void moderationCannotSetPending() {
        fixture.given(submitted(ReviewStatus.APPROVED))
                .when(moderate(ReviewStatus.PENDING))
                .expectNoEvents()
                .expectException(ReviewRejectedException.class);
    }
}
