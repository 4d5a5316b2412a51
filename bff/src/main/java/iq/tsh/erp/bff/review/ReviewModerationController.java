package iq.tsh.erp.bff.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import iq.tsh.erp.api.review.FindReviewsForModeration;
import iq.tsh.erp.api.review.ModerateReview;
import iq.tsh.erp.api.review.ModerationOutcome;
import iq.tsh.erp.api.review.ReviewFilter;
import iq.tsh.erp.api.review.ReviewId;
import iq.tsh.erp.api.review.ReviewPage;
import iq.tsh.erp.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Review moderation for ops (the security rules demand OPS on {@code /api/admin/**}). */
@RestController
@RequestMapping("/api/admin/reviews")
@Tag(name = "Review moderation")
class ReviewModerationController {

    private static final Map<String, ReviewFilter> FILTERS = Map.ofEntries(
            Map.entry("all", ReviewFilter.ALL), Map.entry("pending", ReviewFilter.PENDING),
            Map.entry("approved", ReviewFilter.APPROVED), Map.entry("rejected", ReviewFilter.REJECTED),
            Map.entry("hidden", ReviewFilter.HIDDEN), Map.entry("flagged", ReviewFilter.FLAGGED));

    private final ReviewCommands commands;
    private final QueryGateway queryGateway;

    ReviewModerationController(ReviewCommands commands, QueryGateway queryGateway) {
        this.commands = commands;
        this.queryGateway = queryGateway;
    }

    @GetMapping
    @Operation(summary = "Reviews to moderate, newest first",
            description = "status: pending, approved, rejected, hidden, flagged (any flags) or all (default); productId: one product's")
    ReviewList<AdminReviewItem> list(@RequestParam(required = false) String status,
                                     @RequestParam(required = false) String productId,
                                     @RequestParam(required = false) String cursor,
                                     @RequestParam(required = false) String limit) {
        ReviewFilter filter = status == null || status.isBlank() ? ReviewFilter.ALL
                : FILTERS.get(status.strip().toLowerCase(Locale.ROOT));
        if (filter == null) {
            throw new BadReviewInputException("status",
                    "status must be pending, approved, rejected, hidden, flagged or all");
        }
        ReviewPage page = queryGateway.query(new FindReviewsForModeration(filter,
                productId == null || productId.isBlank() ? null : productId.strip(), ReviewCursors.decode(cursor),
                ReviewCursors.limit(limit)), ReviewPage.class).join();
        return new ReviewList<>(page.items().stream().map(AdminReviewItem::of).toList(),
                ReviewCursors.encode(page.next()));
    }

    @PostMapping("/{id}/moderation")
    @Operation(summary = "Approve, reject or hide a review",
            description = "{status|decision|action: approve(d)|reject(ed)|hide/hidden, reason}")
    ModerationAnswer moderate(
            @PathVariable String id,
            @RequestBody(required = false)
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = ModerationRequest.class)))
            String body,
            HttpServletRequest request) {
        ReviewId reviewId = ReviewId.fromKey(id).orElseThrow(() -> new NotFoundException("no review " + id));
        ModerationInput input = ModerationInput.parse(body);
        Principal moderator = request.getUserPrincipal();
        ModerationOutcome outcome = commands.send(new ModerateReview(reviewId, input.status(), input.reason(),
                moderator == null ? null : moderator.getName(), Instant.now().truncatedTo(ChronoUnit.MICROS)), reviewId);
        commands.awaitReadModel(reviewId, outcome.sequence());
        return new ModerationAnswer(reviewId.key(), outcome.status().name().toLowerCase(Locale.ROOT),
                outcome.changed(), input.reason());
    }
}
