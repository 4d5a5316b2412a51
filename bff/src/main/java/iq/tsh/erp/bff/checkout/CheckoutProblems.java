package iq.tsh.erp.bff.checkout;

import com.fasterxml.jackson.databind.JsonMappingException;
import iq.tsh.erp.api.promotion.FieldProblem;
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
@RestControllerAdvice(assignableTypes = CheckoutController.class)
class CheckoutProblems {

    @ExceptionHandler
    ProblemDetail invalid(InvalidCheckoutException e) {
        return badRequest(e.problems());
    }

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return badRequest(List.of(unreadableField(e)));
    }

    static ProblemDetail badRequest(List<FieldProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, problems.get(0).message());
        problem.setTitle("Invalid request");
        problem.setProperty("field", problems.get(0).field());
        problem.setProperty("errors", problems);
        return problem;
    }

    /** The JSON path Jackson stopped at ({@code lines[0].quantity}), or the body when it is not JSON at all. */
    static FieldProblem unreadableField(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference reference : mapping.getPath()) {
                if (reference.getFieldName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
                } else if (reference.getIndex() >= 0) {
                    path.append('[').append(reference.getIndex()).append(']');
                }
            }
            return new FieldProblem(path.toString(), path + " has the wrong type");
        }
        return new FieldProblem("body", "the body must be a JSON object");
    }
}
