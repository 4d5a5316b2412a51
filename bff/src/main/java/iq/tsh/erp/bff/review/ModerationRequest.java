package iq.tsh.erp.bff.review;

import io.swagger.v3.oas.annotations.media.Schema;
import org.hibernate.validator.constraints.CodePointLength;

/** The moderation body as sent: the decision under one of three names, and an optional reason. */
@Schema(name = "ModerationRequest",
        description = "The decision may also be sent as decision or action; approve, reject and hide are accepted too")
record ModerationRequest(
        @Schema(allowableValues = {"approved", "rejected", "hidden"}, requiredMode = Schema.RequiredMode.REQUIRED)
        @CodePointLength(max = 40, message = "must be approved, rejected or hidden") String status,
        @Schema(hidden = true) @CodePointLength(max = 40, message = "must be approved, rejected or hidden") String decision,
        @Schema(hidden = true) @CodePointLength(max = 40, message = "must be approved, rejected or hidden") String action,
        @Schema(maxLength = ModerationInput.REASON_MAX)
        @CodePointLength(max = ModerationInput.REASON_MAX,
                message = "must be at most " + ModerationInput.REASON_MAX + " characters")
        String reason) {

    String word(String name) {
        return switch (name) {
            case "status" -> status;
            case "decision" -> decision;
            default -> action;
        };
    }
}
