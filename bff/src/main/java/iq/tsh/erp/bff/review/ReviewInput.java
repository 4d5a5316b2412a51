package iq.tsh.erp.bff.review;

import io.swagger.v3.oas.annotations.media.Schema;
import iq.tsh.erp.web.JsonBodies;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.CodePointLength;

/**
 * A customer's review as the app sends it: a rating from 1 to 5, and an optional title (120 characters) and body
 * (2000). Both words may be left out: a rating alone is a review, as app stores allow. The body itself is {@code $},
 * since {@code body} is one of its fields.
 */
@Schema(name = "ReviewRequest", description = "A customer's review; posting again edits it")
record ReviewInput(
        @Schema(description = "whole stars", minimum = "1", maximum = "5", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "is required: a whole number from 1 to 5")
        @Min(value = 1, message = "must be a whole number from 1 to 5")
        @Max(value = 5, message = "must be a whole number from 1 to 5")
        Integer rating,
        @Schema(description = "optional", maxLength = ReviewInput.TITLE_MAX)
        @CodePointLength(max = TITLE_MAX, message = "must be at most " + TITLE_MAX + " characters")
        String title,
        @Schema(description = "optional", maxLength = ReviewInput.BODY_MAX)
        @CodePointLength(max = BODY_MAX, message = "must be at most " + BODY_MAX + " characters")
        String body) {

    static final int TITLE_MAX = 120;
    static final int BODY_MAX = 2000;
    /** Review bodies: the body itself is {@code $}, and refusals are titled as every review refusal is. */
    static final JsonBodies BODIES = new JsonBodies("$", "Bad request");

    ReviewInput {
        title = JsonBodies.trimmed(title);
        body = JsonBodies.trimmed(body);
    }

    static ReviewInput parse(String requestBody) {
        return BODIES.read(requestBody, ReviewInput.class, false);
    }
}
