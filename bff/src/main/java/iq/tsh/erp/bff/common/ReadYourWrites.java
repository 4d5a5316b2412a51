package iq.tsh.erp.bff.common;

import iq.tsh.erp.api.readmodel.FindProjectionProgress;
import iq.tsh.erp.api.readmodel.ProjectionProgress;
import java.time.Duration;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The one way the BFF reads its own writes: after a command returns the aggregate's new sequence number, wait (at
 * most {@code erp.mobile.read-your-writes-wait}) until the read model has applied it, then answer from the normal
 * read queries. State is thus defined by the aggregate (for decisions) and the projection (for reading), nowhere else.
 *
 * <p>The wait is a subscription to {@link FindProjectionProgress}: its initial answer, then the projection's updates
 * (emitted after its batch commits). With several nodes the segment may be projected on another node, whose updates
 * never reach this node's subscription, so the same bounded wait also re-asks the query every 250 ms. All three
 * streams are merged; the first answer at or past the sequence ends the wait.
 */
@Component
public class ReadYourWrites {

    private static final Duration RECHECK = Duration.ofMillis(250);

    private final QueryGateway queries;
    private final Duration wait;

    ReadYourWrites(QueryGateway queries, @Value("${erp.mobile.read-your-writes-wait:3s}") Duration wait) {
        this.queries = queries;
        this.wait = wait;
    }

    /**
     * Returns once the read model has applied the aggregate's event at {@code sequence} or the wait is over (the
     * answer may then lag; the read model catches up on its own). A negative sequence (no event yet) waits for nothing.
     */
    public void await(FindProjectionProgress progress, long sequence) {
        if (sequence < 0) {
            return;
        }
        try (SubscriptionQueryResult<ProjectionProgress, ProjectionProgress> subscription = queries.subscriptionQuery(
                progress, ResponseTypes.instanceOf(ProjectionProgress.class),
                ResponseTypes.instanceOf(ProjectionProgress.class))) {
            Flux<ProjectionProgress> recheck = Flux.interval(RECHECK, RECHECK)
                    .concatMap(tick -> Mono.fromFuture(() -> queries.query(progress, ProjectionProgress.class)));
            Flux.merge(subscription.initialResult(), subscription.updates(), recheck)
                    .filter(applied -> applied.reached(sequence))
                    .take(wait)
                    .next()
                    .block();
        }
    }
}
