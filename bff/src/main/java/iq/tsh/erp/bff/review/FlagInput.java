package iq.tsh.erp.bff.review;

import io.swagger.v3.oas.annotations.media.Schema;
import iq.tsh.erp.web.JsonBodies;
import org.hibernate.validator.constraints.CodePointLength;

/** The optional body of a flag: why the customer flags the review (500 characters). */
@Schema(name = "FlagRequest", description = "Optional body of a flag")
record FlagInput(
        @Schema(maxLength = ModerationInput.REASON_MAX)
        @CodePointLength(max = ModerationInput.REASON_MAX,
                message = "must be at most " + ModerationInput.REASON_MAX + " characters")
        String reason) {

    FlagInput {
        reason = JsonBodies.trimmed(reason);
    }

    static FlagInput parse(String requestBody) {
        return ReviewInput.BODIES.read(requestBody, FlagInput.class, true);
    }
}
