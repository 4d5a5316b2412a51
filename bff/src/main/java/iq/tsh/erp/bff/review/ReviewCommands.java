package iq.tsh.erp.bff.review;

import iq.tsh.erp.api.common.Causes;
import iq.tsh.erp.api.readmodel.FindProjectionProgress;
import iq.tsh.erp.api.review.ReviewId;
import iq.tsh.erp.api.review.ReviewRejectedException;
import iq.tsh.erp.bff.common.ReadYourWrites;
import iq.tsh.erp.web.ConflictException;
import iq.tsh.erp.web.ForbiddenException;
import iq.tsh.erp.web.NotFoundException;
import iq.tsh.erp.web.ProblemException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Sends review commands and, before the answer goes back, waits (briefly) for the read model to apply them: a
 * customer who posts a review and then opens the list, or ops who moderate and then reload, see their own write
 * ({@link ReadYourWrites}). The answer itself is built from the aggregate's reply: whether the review was created,
 * a flag counted, a moderation changed anything are outcomes of the decision, not read-model state.
 */
@Component
class ReviewCommands {

    private final CommandGateway commandGateway;
    private final ReadYourWrites readYourWrites;

    ReviewCommands(CommandGateway commandGateway, ReadYourWrites readYourWrites) {
        this.commandGateway = commandGateway;
        this.readYourWrites = readYourWrites;
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

    /** Returns once the read model has applied the review's event at {@code sequence}, or the wait is over. */
    void awaitReadModel(ReviewId reviewId, long sequence) {
        readYourWrites.await(FindProjectionProgress.of(reviewId), sequence);
    }
}
