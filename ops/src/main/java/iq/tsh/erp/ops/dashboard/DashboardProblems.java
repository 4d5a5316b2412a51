package iq.tsh.erp.ops.dashboard;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The dashboard's refusals as RFC 9457 problem details: a bad parameter is the caller's 400, never our 500. */
// Before the application-wide fallback, which would otherwise take these as unexpected failures.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = DashboardController.class)
class DashboardProblems {

    private static final Logger log = LoggerFactory.getLogger(DashboardProblems.class);

    @ExceptionHandler
    ProblemDetail badParameter(BadParameterException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Bad parameter");
        problem.setProperty("parameter", e.parameter());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notFound(DeliveryNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Unknown delivery");
        return problem;
    }

    /** The database is down: the lists cannot be read, and the caller should try again (health says why). */
    @ExceptionHandler
    ProblemDetail databaseDown(DataAccessResourceFailureException e) {
        log.warn("Dashboard could not reach the database: {}", e.getMostSpecificCause().toString());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "the database cannot be reached now; GET /api/zoho/dashboard/health shows the state");
        problem.setTitle("Temporarily unavailable");
        return problem;
    }
}
