package iq.tsh.erp.app.web;

import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * An unstorable value as a 400 problem detail shaped like every other field refusal: the field in {@code field}
 * and in {@code errors} [{field, message}], for every endpoint whatever feature it belongs to.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice
class StorableInputProblems {

    @ExceptionHandler
    ProblemDetail unstorable(UnstorableInputException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Bad request");
        problem.setProperty("field", e.field());
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.problem())));
        return problem;
    }
}
