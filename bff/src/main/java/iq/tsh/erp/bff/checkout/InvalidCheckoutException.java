package iq.tsh.erp.bff.checkout;

import iq.tsh.erp.api.promotion.FieldProblem;
import iq.tsh.erp.web.InvalidInputException;
import java.util.List;
import org.springframework.http.HttpStatus;

/** A checkout request the app must fix; answered 400 naming each field at fault. */
class InvalidCheckoutException extends InvalidInputException {

    InvalidCheckoutException(List<FieldProblem> problems) {
        super(HttpStatus.BAD_REQUEST, INVALID_REQUEST, problems.get(0).field(), problems.get(0).message(), problems);
    }
}
