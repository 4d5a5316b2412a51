package iq.tsh.erp.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import iq.tsh.erp.api.common.Causes;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.AxonTransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The one place failures become RFC 9457 problem details ({@code application/problem+json}), for every endpoint of
 * every module: what edge code threw as a {@link ProblemException} as it says, Spring's own client errors with their
 * status, a failure to store (database away, timeout) as 503 so callers (Zoho included) retry, and anything else as
 * a logged 500 that shows no stack trace.
 */
// Ahead of Spring's own problem-details handler (spring.mvc.problemdetails), which would answer Spring's exceptions
// without the field at fault (and a blank path value with a body claiming 500).
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice
public class Problems {

    private static final Logger log = LoggerFactory.getLogger(Problems.class);
    private static final String BODY = "body";

    @ExceptionHandler
    ProblemDetail known(ProblemException e) {
        if (e.status() >= 500) {
            log.warn("Request not served ({}): {}", e.status(), Causes.root(e).toString());
        } else {
            log.debug("Request refused with {}: {}", e.status(), e.getMessage());
        }
        return e.toProblem();
    }

    /** A {@code @Valid} record that breaks its constraints: every field at fault, the first as {@code field}. */
    @ExceptionHandler
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        List<FieldError> problems = e.getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), f.getField() + " " + f.getDefaultMessage())).toList();
        if (problems.isEmpty()) {
            return InvalidInputException.badField(BODY, "the body is not valid").toProblem();
        }
        return InvalidInputException.fields(InvalidInputException.INVALID_REQUEST, problems).toProblem();
    }

    /** A body that is not JSON, or not the JSON the endpoint reads: the caller's mistake, named where possible. */
    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        log.debug("Unreadable request body: {}", e.getMessage());
        String field = unreadableField(e);
        return InvalidInputException.badField(field, BODY.equals(field) ? "the body must be a JSON object"
                : field + " has the wrong type or format").toProblem();
    }

    /** A Content-Type the endpoint does not read: Spring's 415, naming the header to fix. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> unsupported(HttpMediaTypeNotSupportedException e) {
        ProblemDetail problem = e.getBody();
        problem.setProperty("field", "Content-Type");
        problem.setProperty("errors", List.of(new FieldError("Content-Type", "send the body as application/json")));
        // Spring's headers too (Accept, Accept-Patch): what the endpoint does read.
        return ResponseEntity.status(e.getStatusCode()).headers(e.getHeaders()).body(problem);
    }

    /** A path or query parameter of the wrong type ({@code ?limit=abc}). */
    @ExceptionHandler
    ProblemDetail mismatched(TypeMismatchException e) {
        String field = e instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : e.getPropertyName();
        String message = "not a valid value" + (e.getRequiredType() == null ? ""
                : " (expected " + e.getRequiredType().getSimpleName() + ")");
        return new InvalidInputException(HttpStatus.BAD_REQUEST, "Bad request", field, field + ": " + message,
                List.of(new FieldError(field, message))).toProblem();
    }

    /**
     * A path value that converts to nothing ({@code /inbox/%20/redrive} for a UUID): the caller's mistake. Spring
     * answers it 400 but with a body claiming 500; say 400 in both, naming the variable.
     */
    @ExceptionHandler
    ProblemDetail blankPathValue(MissingPathVariableException e) {
        if (!e.isMissingAfterConversion()) {
            // A route declared without its variable: our bug, a 500 as Spring would say.
            return internalError();
        }
        return new UnstorableInputException(e.getVariableName(), "must not be blank").toProblem();
    }

    @ExceptionHandler({AxonTransientException.class, CommandExecutionException.class,
            TransientDataAccessException.class, DataAccessResourceFailureException.class,
            CannotCreateTransactionException.class, java.util.concurrent.TimeoutException.class})
    ProblemDetail unavailable(Exception e) {
        log.warn("Request failed for a passing reason: {}", e.toString());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "the system could not complete the request now; try again shortly");
        problem.setTitle("Temporarily unavailable");
        return problem;
    }

    /**
     * Spring's own client errors (415, 405, 404 of a static resource...) keep their status and detail; anything else
     * is our bug. A failure after the response was committed (a download half sent) cannot become a problem: it is
     * re-thrown so the container breaks the connection instead of appending a problem to what looks like data.
     */
    @ExceptionHandler
    Object unexpected(RuntimeException e, HttpServletResponse response) {
        if (e instanceof ErrorResponse known) {
            return ResponseEntity.status(known.getStatusCode()).headers(known.getHeaders()).body(known.getBody());
        }
        if (e instanceof java.util.concurrent.CompletionException
                && Causes.find(e, java.util.concurrent.TimeoutException.class).isPresent()) {
            // Queries composed in parallel did not all answer in time.
            return unavailable(e);
        }
        if (response.isCommitted()) {
            log.warn("Request failed after its answer started: {}", Causes.root(e).toString());
            throw e;
        }
        log.error("Unexpected failure", e);
        return internalError();
    }

    private static ProblemDetail internalError() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "an unexpected error occurred; it has been logged");
        problem.setTitle("Internal error");
        return problem;
    }

    /** The JSON path of a value of the wrong type ({@code lines[0].quantity}), or {@code body} when not JSON. */
    private static String unreadableField(HttpMessageNotReadableException e) {
        if (Causes.find(e, JsonParseException.class).isPresent()) {
            return BODY;
        }
        return e.getCause() instanceof JsonMappingException mapping ? JsonBodies.path(mapping, BODY) : BODY;
    }
}
