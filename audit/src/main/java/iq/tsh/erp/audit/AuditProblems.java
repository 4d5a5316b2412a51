package iq.tsh.erp.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Audit refusals as problem details. Ahead of the application-wide fallback, which would otherwise answer them 500,
 * and of the export's own failures, which must reach the server untouched once a file is half sent.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = {AggregateController.class, EventStreamController.class,
        DeliveryController.class, ExportController.class})
class AuditProblems {

    private static final Logger log = LoggerFactory.getLogger(AuditProblems.class);

    @ExceptionHandler
    ProblemDetail refused(AuditProblem e) {
        log.debug("Audit request refused: {}", e.getMessage());
        return e.getBody();
    }

    /**
     * A failure after the export's first bytes went out: no problem can be written any more, and a problem document
     * appended to a half-written file would pass for data. Re-thrown, it reaches Tomcat, which drops the connection
     * so the auditor's client sees a broken download rather than a short file that looks whole.
     */
    @ExceptionHandler
    ProblemDetail interrupted(ExportInterrupted e) {
        log.warn("Audit export interrupted after it started: {}", e.getCause().toString());
        throw e;
    }
}
