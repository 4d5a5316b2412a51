package iq.tsh.erp.bff.review;

import iq.tsh.erp.api.review.ReviewStatus;
import iq.tsh.erp.web.JsonBodies;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An ops decision. Lenient on the words, because ops tools differ: the field may be {@code status}, {@code decision}
 * or {@code action}, and the value a verb or a state ({@code approve}/{@code approved}, {@code reject}/
 * {@code rejected}, {@code hide}/{@code hidden}), in any case. {@code reason} is optional (500 characters).
 */
record ModerationInput(ReviewStatus status, String reason) {

    static final int REASON_MAX = 500;
    private static final Map<String, ReviewStatus> WORDS = Map.of(
            "approve", ReviewStatus.APPROVED, "approved", ReviewStatus.APPROVED,
            "reject", ReviewStatus.REJECTED, "rejected", ReviewStatus.REJECTED,
            "hide", ReviewStatus.HIDDEN, "hidden", ReviewStatus.HIDDEN);

    static ModerationInput parse(String requestBody) {
        ModerationRequest request = ReviewInput.BODIES.read(requestBody, ModerationRequest.class, false);
        String field = Stream.of("status", "decision", "action").filter(name -> request.word(name) != null)
                .findFirst().orElseThrow(() ->
                        new BadReviewInputException("status", "status is required: approved, rejected or hidden"));
        ReviewStatus status = WORDS.get(request.word(field).strip().toLowerCase(Locale.ROOT));
        if (status == null) {
            throw new BadReviewInputException(field, field + " must be approved, rejected or hidden");
        }
        return new ModerationInput(status, JsonBodies.trimmed(request.reason()));
    }
}
