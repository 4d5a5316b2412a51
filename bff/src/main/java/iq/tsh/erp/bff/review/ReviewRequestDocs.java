package iq.tsh.erp.bff.review;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The request bodies as the API documentation shows them. The controllers read bodies by hand (see
 * {@link JsonBody}), so these records only describe them.
 */
final class ReviewRequestDocs {

    private ReviewRequestDocs() {
    }

    @Schema(name = "ReviewRequest", description = "A customer's review; posting again edits it")
    record Review(
            @Schema(description = "whole stars", minimum = "1", maximum = "5", requiredMode = Schema.RequiredMode.REQUIRED)
            int rating,
            @Schema(description = "optional", maxLength = ReviewInput.TITLE_MAX) String title,
            @Schema(description = "optional", maxLength = ReviewInput.BODY_MAX) String body) {
    }

    @Schema(name = "FlagRequest", description = "Optional body of a flag")
    record Flag(@Schema(maxLength = ModerationInput.REASON_MAX) String reason) {
    }

    @Schema(name = "ModerationRequest",
            description = "The decision may also be sent as decision or action; approve, reject and hide are accepted too")
    record Moderation(
            @Schema(allowableValues = {"approved", "rejected", "hidden"}, requiredMode = Schema.RequiredMode.REQUIRED)
            String status,
            @Schema(maxLength = ModerationInput.REASON_MAX) String reason) {
    }
}
