package iq.tsh.erp.app.web;

import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * An unstorable value (or a blank path value) as a 400 problem detail shaped like every other field refusal: the
 * field in {@code field} and in {@code errors} [{field, message}], for every endpoint whatever feature it belongs to.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice
class StorableInputProblems {

    @ExceptionHandler
    ProblemDetail unstorable(UnstorableInputException e) {
        return badRequest(e.field(), e.problem());
    }

    /**
     * A path value that converts to nothing ({@code /inbox/%20/redrive} for a UUID): the caller's mistake. Spring
     * answers it 400 but with a body claiming 500; say 400 in both, naming the variable.
     */
    @ExceptionHandler
    ProblemDetail blankPathValue(MissingPathVariableException e) {
        if (!e.isMissingAfterConversion()) {
            // A route declared without its variable: our bug, a 500 as Spring would say.
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                    "an unexpected error occurred");
            problem.setTitle("Internal error");
            return problem;
        }
        return badRequest(e.getVariableName(), "must not be blank");
    }

    private static ProblemDetail badRequest(String field, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, field + " " + message);
        problem.setTitle("Bad request");
        problem.setProperty("field", field);
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return problem;
    }
}
