package iq.tsh.erp.bff.checkout;

import iq.tsh.erp.api.promotion.FieldProblem;
import iq.tsh.erp.bff.common.UnreadableBody;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Checkout's refusals as problem details naming the field: bad input is the app's 400, never our 500. */
// Before the application-wide fallback, which would otherwise take these as unexpected failures.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = {CheckoutController.class, CheckoutPageController.class})
class CheckoutProblems {

    @ExceptionHandler
    ProblemDetail invalid(InvalidCheckoutException e) {
        return badRequest(e.problems());
    }

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        String field = UnreadableBody.field(e);
        return badRequest(List.of(new FieldProblem(field, UnreadableBody.message(field))));
    }

    static ProblemDetail badRequest(List<FieldProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, problems.get(0).message());
        problem.setTitle("Invalid request");
        problem.setProperty("field", problems.get(0).field());
        problem.setProperty("errors", problems);
        return problem;
    }
}
