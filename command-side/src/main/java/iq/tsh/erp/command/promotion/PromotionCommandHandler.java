package iq.tsh.erp.command.promotion;

import iq.tsh.erp.api.promotion.ChangePromotion;
import iq.tsh.erp.api.promotion.CreatePromotion;
import iq.tsh.erp.api.promotion.PromotionRejection;
import iq.tsh.erp.api.promotion.PromotionTerms;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Creating and changing a promotion: set-based validation (one code per promotion) is no single aggregate's to
 * decide, so this handler claims the code in the command's transaction and then lets the aggregate decide the rest.
 */
@Component
class PromotionCommandHandler {

    private final Repository<Promotion> promotions;
    private final PromotionCodes codes;

    PromotionCommandHandler(Repository<Promotion> promotions, PromotionCodes codes) {
        this.promotions = promotions;
        this.codes = codes;
    }

    @CommandHandler
    String handle(CreatePromotion command) throws Exception {
        Promotion.requireValid(command.terms());
        claimCode(command.terms(), command.promotionId().value());
        promotions.newInstance(() -> new Promotion(command));
        return command.promotionId().uuid();
    }

    @CommandHandler
    void handle(ChangePromotion command) {
        var promotion = promotions.load(command.promotionId().value());
        Promotion.requireValid(command.terms());
        claimCode(command.terms(), command.promotionId().value());
        codes.releaseOthers(command.promotionId().value(), command.terms().codeKey());
        promotion.execute(p -> p.change(command));
    }

    private void claimCode(PromotionTerms terms, String promotionId) {
        if (terms.codeKey() != null && !codes.claim(terms.codeKey(), promotionId)) {
            throw Promotion.rejection(PromotionRejection.CODE_TAKEN, "code",
                    "another promotion already uses the code " + terms.code());
        }
    }
}
