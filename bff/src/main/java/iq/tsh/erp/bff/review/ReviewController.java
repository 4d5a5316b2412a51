package iq.tsh.erp.bff.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import iq.tsh.erp.api.catalog.CustomerPricing;
import iq.tsh.erp.api.product.FindProductDetail;
import iq.tsh.erp.api.product.ProductDetailView;
import iq.tsh.erp.api.review.FindProductReviews;
import iq.tsh.erp.api.review.FindReviewAuthor;
import iq.tsh.erp.api.review.FlagOutcome;
import iq.tsh.erp.api.review.FlagReview;
import iq.tsh.erp.api.review.ReviewAuthor;
import iq.tsh.erp.api.review.ReviewId;
import iq.tsh.erp.api.review.ReviewPage;
import iq.tsh.erp.api.review.SubmitReview;
import iq.tsh.erp.api.review.SubmittedReview;
import iq.tsh.erp.bff.common.Shopper;
import iq.tsh.erp.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reviews in the app: the approved reviews of a product (public), a customer's own review of it (one per product:
 * posting again edits it), and flags on other customers' reviews. The customer is always the token's subject.
 */
@RestController
@RequestMapping("/api/mobile")
@Tag(name = "Mobile reviews")
class ReviewController {

    private final ReviewCommands commands;
    private final QueryGateway queryGateway;
    private final boolean autoApprove;

    ReviewController(ReviewCommands commands, QueryGateway queryGateway,
                     @Value("${erp.reviews.auto-approve:true}") boolean autoApprove) {
        this.commands = commands;
        this.queryGateway = queryGateway;
        this.autoApprove = autoApprove;
    }

    @GetMapping("/products/{id}/reviews")
    @Operation(summary = "Approved reviews of a product, newest first", description = "limit 20 by default, at most 50")
    ReviewList<ReviewItem> list(@PathVariable String id, @RequestParam(required = false) String cursor,
                                @RequestParam(required = false) String limit) {
        requireProduct(id);
        ReviewPage page = queryGateway.query(new FindProductReviews(id, ReviewCursors.decode(cursor),
                ReviewCursors.limit(limit)), ReviewPage.class).join();
        return new ReviewList<>(page.items().stream().map(ReviewItem::of).toList(), ReviewCursors.encode(page.next()));
    }

    @PostMapping("/products/{id}/reviews")
    @Operation(summary = "Submit or edit the signed-in customer's review of a product",
            description = "{rating (1-5), title (up to 120), body (up to 2000)}; 201 the first time, 200 for an edit")
    ResponseEntity<ReviewItem> submit(
            @PathVariable String id,
            @RequestBody(required = false)
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = ReviewInput.class)))
            String body,
            HttpServletRequest request) {
        String customerId = Shopper.requireCustomer(request);
        requireProduct(id);
        ReviewInput input = ReviewInput.parse(body);
        ReviewId reviewId = ReviewId.of(id, customerId);
        // Microseconds: what PostgreSQL keeps, so list cursors compare exactly.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        SubmittedReview result = commands.send(new SubmitReview(reviewId, id, customerId, input.rating(),
                input.title(), input.body(), autoApprove, now), reviewId);
        commands.awaitReadModel(reviewId, result.sequence());
        ReviewAuthor author = queryGateway.query(new FindReviewAuthor(customerId), ReviewAuthor.class).join();
        ReviewItem review = new ReviewItem(reviewId.key(), id, input.rating(), input.title(), input.body(),
                author.displayName(), result.createdAt(), result.updatedAt());
        return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK).body(review);
    }

    @PostMapping("/reviews/{id}/flag")
    @Operation(summary = "Flag another customer's review as inappropriate",
            description = "optional {reason}; a customer's flag counts once; three customers' flags hide the review")
    FlagAnswer flag(
            @PathVariable String id,
            @RequestBody(required = false)
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = FlagInput.class)))
            String body,
            HttpServletRequest request) {
        String customerId = Shopper.requireCustomer(request);
        ReviewId reviewId = ReviewId.fromKey(id).orElseThrow(() -> new NotFoundException("no review " + id));
        String reason = FlagInput.parse(body).reason();
        FlagOutcome outcome = commands.send(new FlagReview(reviewId, customerId, reason,
                Instant.now().truncatedTo(ChronoUnit.MICROS)), reviewId);
        commands.awaitReadModel(reviewId, outcome.sequence());
        return new FlagAnswer(reviewId.key(), true, outcome.counted());
    }

    /** Reviews exist only for products the app can show; the price book does not matter here. */
    private void requireProduct(String itemId) {
        queryGateway.query(new FindProductDetail(itemId, CustomerPricing.GUEST_BOOK), ResponseTypes.optionalInstanceOf(ProductDetailView.class))
                .join()
                .orElseThrow(() -> new NotFoundException("no product " + itemId));
    }
}
