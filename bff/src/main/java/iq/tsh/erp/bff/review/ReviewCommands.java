package iq.tsh.erp.bff.review;

import iq.tsh.erp.api.common.Causes;
import iq.tsh.erp.api.review.FindReviewProgress;
import iq.tsh.erp.api.review.ReviewId;
import iq.tsh.erp.api.review.ReviewProgress;
import iq.tsh.erp.api.review.ReviewRejectedException;
import iq.tsh.erp.web.ConflictException;
import iq.tsh.erp.web.ForbiddenException;
import iq.tsh.erp.web.NotFoundException;
import iq.tsh.erp.web.ProblemException;
import java.time.Duration;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * Sends review commands and, before the answer goes back, waits (briefly) for the read model to apply them: a
 * customer who posts a review and then opens the list, or ops who moderate and then reload, see their own write.
 */
@Component
class ReviewCommands {

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final Duration readYourWritesWait;

    ReviewCommands(CommandGateway commandGateway, QueryGateway queryGateway,
                   @Value("${erp.reviews.read-your-writes-wait:3s}") Duration readYourWritesWait) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.readYourWritesWait = readYourWritesWait;
    }

    /** The command's result; an unknown review is a 404 and the aggregate's refusals keep their code. */
    <R> R send(Object command, ReviewId reviewId) {
        try {
            return commandGateway.sendAndWait(command);
        } catch (RuntimeException e) {
            Throwable cause = Causes.first(e, c -> c instanceof ReviewRejectedException
                    || c instanceof AggregateNotFoundException).orElseThrow(() -> e);
            if (cause instanceof ReviewRejectedException rejected) {
                throw problem(rejected);
            }
            throw new NotFoundException("no review " + reviewId.key());
        }
    }

    /** The aggregate's refusal as the problem the caller gets. */
    private static ProblemException problem(ReviewRejectedException e) {
        return switch (e.rejection()) {
            case RATING_OUT_OF_RANGE -> new BadReviewInputException("rating", e.getMessage());
            case UNKNOWN_DECISION -> new BadReviewInputException("status", e.getMessage());
            case NOT_VISIBLE -> new NotFoundException(e.getMessage());
            case NOT_THE_AUTHOR -> new ForbiddenException(e.getMessage());
            // The request is well formed; it conflicts with who wrote the review.
            case OWN_REVIEW -> new ConflictException("Own review", e.getMessage());
        };
    }

    /**
     * Returns once the read model has applied the review's event at {@code sequence}, or the wait is over: a
     * subscription to the review's progress, answered first by the table and then by the projection's updates.
     */
    void awaitReadModel(ReviewId reviewId, long sequence) {
        try (SubscriptionQueryResult<ReviewProgress, ReviewProgress> progress = queryGateway.subscriptionQuery(
                new FindReviewProgress(reviewId), ResponseTypes.instanceOf(ReviewProgress.class),
                ResponseTypes.instanceOf(ReviewProgress.class))) {
            Flux.concat(progress.initialResult(), progress.updates())
                    .filter(applied -> applied.lastSequence() >= sequence)
                    .take(readYourWritesWait)
                    .next()
                    .block();
        }
    }
}
