package iq.tsh.erp.zoho.webhook;

import iq.tsh.erp.zoho.parse.UnusableRecordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns refused deliveries into RFC 9457 problem details; an unusable record names every Zoho field at fault. */
// Before the application-wide fallback, which would otherwise take these as unexpected.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = {WebhookController.class, RedriveController.class})
class WebhookProblems {

    private static final Logger log = LoggerFactory.getLogger(WebhookProblems.class);

    @ExceptionHandler
    ProblemDetail refused(BadDeliveryException e) {
        log.info("Webhook delivery refused with {}: {}", e.status(), e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(e.status()), e.getMessage());
        problem.setTitle(e.title());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unusable(UnusableRecordException e) {
        log.info("Webhook delivery refused with 422: {}", e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                "the Zoho record cannot be used: see errors");
        problem.setTitle("Unusable Zoho record");
        problem.setProperty("errors", e.errors());
        return problem;
    }
}
