package iq.tsh.erp.bff.review;

/**
 * A customer's review as the app sends it: a rating from 1 to 5, and an optional title (120 characters) and body
 * (2000). Both words may be left out: a rating alone is a review, as app stores allow.
 */
record ReviewInput(int rating, String title, String body) {

    static final int TITLE_MAX = 120;
    static final int BODY_MAX = 2000;

    static ReviewInput parse(String requestBody) {
        JsonBody json = JsonBody.parse(requestBody, false);
        int rating = json.wholeNumber("rating", 1, 5)
                .orElseThrow(() -> new BadReviewInputException("rating", "rating is required: a whole number from 1 to 5"));
        return new ReviewInput(rating, json.text("title", TITLE_MAX).orElse(null),
                json.text("body", BODY_MAX).orElse(null));
    }
}
