package iq.tsh.erp.bff.checkout;

import iq.tsh.erp.api.promotion.FieldProblem;
import java.util.List;

/** A checkout request the app must fix; answered 400 naming each field at fault. */
class InvalidCheckoutException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    InvalidCheckoutException(List<FieldProblem> problems) {
        super(problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    List<FieldProblem> problems() {
        return problems;
    }
}
