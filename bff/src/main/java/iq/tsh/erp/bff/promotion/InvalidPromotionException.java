package iq.tsh.erp.bff.promotion;

import iq.tsh.erp.api.promotion.FieldProblem;
import iq.tsh.erp.web.InvalidInputException;
import java.util.List;
import org.springframework.http.HttpStatus;

/** Promotion terms ops must fix; answered 400 naming each field at fault. */
class InvalidPromotionException extends InvalidInputException {

    InvalidPromotionException(List<FieldProblem> problems) {
        super(HttpStatus.BAD_REQUEST, "Invalid promotion", problems.get(0).field(), problems.get(0).message(),
                problems);
    }
}
