package iq.tsh.erp.bff.review;

import iq.tsh.erp.api.review.FindReviewProgress;
import iq.tsh.erp.api.review.ReviewId;
import iq.tsh.erp.api.review.ReviewProgress;
import iq.tsh.erp.api.review.ReviewRejectedException;
import iq.tsh.erp.bff.common.NotFoundException;
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
            for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
                if (cause instanceof ReviewRejectedException rejected) {
                    throw rejected;
                }
                if (cause instanceof AggregateNotFoundException) {
                    throw new NotFoundException("no review " + reviewId.key());
                }
            }
            throw e;
        }
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
