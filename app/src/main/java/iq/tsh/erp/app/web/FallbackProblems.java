package iq.tsh.erp.app.web;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.AxonTransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

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

    @ExceptionHandler
    ProblemDetail unexpected(RuntimeException e) {
        log.error("Unexpected failure", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "an unexpected error occurred; it has been logged");
        problem.setTitle("Internal error");
        return problem;
    }
}
