package iq.tsh.erp.app.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.AxonTransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The last resort for failures no feature handled: still a problem detail, never a stack trace. A failure to store
 * (database down, timeout) is 503 so that the caller, Zoho included, retries later.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class FallbackProblems {

    private static final Logger log = LoggerFactory.getLogger(FallbackProblems.class);

    @ExceptionHandler({AxonTransientException.class, CommandExecutionException.class,
            org.springframework.dao.TransientDataAccessException.class,
            org.springframework.transaction.CannotCreateTransactionException.class,
            java.util.concurrent.TimeoutException.class})
    ProblemDetail unavailable(Exception e) {
        log.warn("Request failed for a passing reason: {}", e.toString());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "the system could not complete the request now; try again shortly");
        problem.setTitle("Temporarily unavailable");
        return problem;
    }

    /** A body that is not JSON, or not the JSON the endpoint reads: the caller's mistake, named where possible. */
    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        String field = e.getCause() instanceof JsonMappingException mapping ? path(mapping) : null;
        return badRequest(field == null ? "the request body is not valid JSON" : "a value of the wrong type", field);
    }

    /** A path or query parameter of the wrong type ({@code ?limit=abc}). */
    @ExceptionHandler
    ProblemDetail mismatched(TypeMismatchException e) {
        String field = e instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : e.getPropertyName();
        return badRequest("not a valid value" + (e.getRequiredType() == null ? ""
                : " (expected " + e.getRequiredType().getSimpleName() + ")"), field);
    }

    @ExceptionHandler
    Object unexpected(RuntimeException e) {
        if (e instanceof ErrorResponse known) {
            // Spring's own client errors (415, 405, 404 of a static resource...) keep their status and detail.
            return ResponseEntity.status(known.getStatusCode()).body(known.getBody());
        }
        log.error("Unexpected failure", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "an unexpected error occurred; it has been logged");
        problem.setTitle("Internal error");
        return problem;
    }

    private static ProblemDetail badRequest(String detail, String field) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                field == null ? detail : field + ": " + detail);
        problem.setTitle("Bad request");
        if (field != null) {
            problem.setProperty("field", field);
            problem.setProperty("errors", List.of(Map.of("field", field, "message", detail)));
        }
        return problem;
    }

    /** {@code lines[2].quantity} from Jackson's path of the value it could not read. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }
}
