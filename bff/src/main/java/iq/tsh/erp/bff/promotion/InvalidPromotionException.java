package iq.tsh.erp.bff.promotion;

import iq.tsh.erp.api.promotion.FieldProblem;
import java.util.List;

/** Promotion terms ops must fix; answered 400 naming each field at fault. */
class InvalidPromotionException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    InvalidPromotionException(List<FieldProblem> problems) {
        super(problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    List<FieldProblem> problems() {
        return problems;
    }
}
