package iq.tsh.erp.bff.input;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problem details for the customer's own data (cart, addresses): the field at fault as {@code field} and in
 * {@code errors} [{field, message}], the same shape the webhooks use.
 */
// Before the application-wide fallback, which would otherwise answer a malformed body with a 500.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackages = {"iq.tsh.erp.bff.cart", "iq.tsh.erp.bff.address"})
class InputProblems {

    private static final Logger log = LoggerFactory.getLogger(InputProblems.class);

    @ExceptionHandler
    ProblemDetail invalid(InvalidInputException e) {
        return problem(e.status(), e.field(), e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        log.debug("Unreadable request body: {}", e.getMessage());
        return problem(HttpStatus.BAD_REQUEST, "body", "the body is missing or is not valid JSON");
    }

    @ExceptionHandler
    ProblemDetail unsupported(HttpMediaTypeNotSupportedException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type", "send the body as application/json");
    }

    private static ProblemDetail problem(HttpStatus status, String field, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
        problem.setTitle(status == HttpStatus.BAD_REQUEST ? "Invalid request" : status.getReasonPhrase());
        if (field != null) {
            problem.setProperty("field", field);
            problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        }
        return problem;
    }
}
