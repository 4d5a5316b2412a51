package iq.tsh.erp.command.promotion;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import iq.tsh.erp.api.promotion.ChangePromotion;
import iq.tsh.erp.api.promotion.CreatePromotion;
import iq.tsh.erp.api.promotion.EndPromotion;
import iq.tsh.erp.api.promotion.FieldProblem;
import iq.tsh.erp.api.promotion.PromotionChanged;
import iq.tsh.erp.api.promotion.PromotionCreated;
import iq.tsh.erp.api.promotion.PromotionEnded;
import iq.tsh.erp.api.promotion.PromotionId;
import iq.tsh.erp.api.promotion.PromotionRedeemed;
import iq.tsh.erp.api.promotion.PromotionRejection;
import iq.tsh.erp.api.promotion.PromotionTerms;
import iq.tsh.erp.api.promotion.RedeemPromotion;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A promotion ops run. It records only valid terms, stays ended once ended, and counts each redemption once and
 * never past its limit. Creating and changing go through {@link PromotionCommandHandler}, which claims the code first.
 */
@Aggregate
public class Promotion {

    @AggregateIdentifier
    private PromotionId promotionId;
    private Integer usageLimit;
    private int usageCount;
    private Instant endsAt;
    private boolean ended;
    private Instant endedAt;
    private final Set<String> redemptions = new HashSet<>();

    protected Promotion() {
        // Axon rebuilds the promotion from its events.
    }

    Promotion(CreatePromotion command) {
        requireValid(command.terms());
        apply(new PromotionCreated(command.promotionId(), command.terms(), command.createdAt()));
    }

    void change(ChangePromotion command) {
        requireValid(command.terms());
        if (ended) {
            throw rejection(PromotionRejection.ENDED, null, "an ended promotion cannot change; create a new one");
        }
        apply(new PromotionChanged(command.promotionId(), command.terms(), command.changedAt()));
    }

    /** Returns when the promotion ended: now, or when it was first ended. */
    @CommandHandler
    Instant handle(EndPromotion command) {
        if (!ended) {
            apply(new PromotionEnded(command.promotionId(), command.endedAt()));
        }
        return endedAt;
    }

    @CommandHandler
    int handle(RedeemPromotion command) {
        if (redemptions.contains(command.redemptionId())) {
            return usageCount;
        }
        boolean over = ended || (endsAt != null && !command.redeemedAt().isBefore(endsAt));
        if (over) {
            throw rejection(PromotionRejection.ENDED, null, "the promotion has ended");
        }
        if (usageLimit != null && usageCount >= usageLimit) {
            throw rejection(PromotionRejection.USAGE_LIMIT_REACHED, null, "the promotion's usage limit is reached");
        }
        apply(new PromotionRedeemed(command.promotionId(), command.redemptionId(), usageCount + 1,
                command.redeemedAt()));
        return usageCount;
    }

    /** Refuses terms that break the rules, naming the first field at fault. */
    static void requireValid(PromotionTerms terms) {
        List<FieldProblem> problems = terms.problems();
        if (!problems.isEmpty()) {
            FieldProblem first = problems.get(0);
            throw rejection(PromotionRejection.INVALID_TERMS, first.field(), first.message());
        }
    }

    static CommandExecutionException rejection(String code, String field, String message) {
        return new CommandExecutionException(message, null, new PromotionRejection(code, field, message));
    }

    @EventSourcingHandler
    void on(PromotionCreated event) {
        promotionId = event.promotionId();
        usageLimit = event.terms().usageLimit();
        endsAt = event.terms().endsAt();
    }

    @EventSourcingHandler
    void on(PromotionChanged event) {
        usageLimit = event.terms().usageLimit();
        endsAt = event.terms().endsAt();
    }

    @EventSourcingHandler
    void on(PromotionEnded event) {
        ended = true;
        endedAt = event.endedAt();
    }

    @EventSourcingHandler
    void on(PromotionRedeemed event) {
        redemptions.add(event.redemptionId());
        usageCount = event.usageCount();
    }
}
