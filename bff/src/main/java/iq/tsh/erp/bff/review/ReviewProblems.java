package iq.tsh.erp.bff.review;

import iq.tsh.erp.api.review.ReviewRejectedException;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The review endpoints' refusals as problem details. A field at fault is named three ways (the {@code field}
 * property, {@code errors[].field} as the webhooks do, and the detail text), so any client finds it.
 */
// Before the application-wide fallback, which would otherwise take these as unexpected failures.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = {ReviewController.class, ReviewModerationController.class})
class ReviewProblems {

    @ExceptionHandler
    ProblemDetail badInput(BadReviewInputException e) {
        return badRequest(e.field(), e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail rejected(ReviewRejectedException e) {
        return switch (e.rejection()) {
            case RATING_OUT_OF_RANGE -> badRequest("rating", e.getMessage());
            case UNKNOWN_DECISION -> badRequest("status", e.getMessage());
            case NOT_VISIBLE -> problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
            case NOT_THE_AUTHOR -> problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
            // The request is well formed; it conflicts with who wrote the review.
            case OWN_REVIEW -> problem(HttpStatus.CONFLICT, "Own review", e.getMessage());
        };
    }

    private static ProblemDetail badRequest(String field, String message) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Bad request", message);
        problem.setProperty("field", field);
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
