package iq.tsh.erp.zoho.webhook;

import iq.tsh.erp.api.common.StorableValues;
import iq.tsh.erp.zoho.parse.FieldError;
import iq.tsh.erp.zoho.parse.UnusableRecordException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns refused deliveries into RFC 9457 problem details naming every Zoho field or key at fault. Texts that may echo
 * the delivery are made printable first: a lone surrogate cannot even be written as UTF-8 JSON.
 */
// Before the application-wide fallback, which would otherwise take these as unexpected.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = {WebhookController.class, RedriveController.class})
class WebhookProblems {

    private static final Logger log = LoggerFactory.getLogger(WebhookProblems.class);

    @ExceptionHandler
    ProblemDetail refused(BadDeliveryException e) {
        String detail = StorableValues.printable(e.getMessage());
        if (e.status() >= 500) {
            log.warn("Webhook delivery not taken ({}): {}", e.status(), detail);
        } else {
            log.info("Webhook delivery refused with {}: {}", e.status(), detail);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(e.status()), detail);
        problem.setTitle(e.title());
        if (!e.errors().isEmpty()) {
            problem.setProperty("errors", printable(e.errors()));
        }
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unusable(UnusableRecordException e) {
        log.info("Webhook delivery refused with 422: {}", StorableValues.printable(e.getMessage()));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                "the Zoho record cannot be used: see errors");
        problem.setTitle("Unusable Zoho record");
        problem.setProperty("errors", printable(e.errors()));
        return problem;
    }

    private static List<FieldError> printable(List<FieldError> errors) {
        return errors.stream().map(error -> new FieldError(StorableValues.printable(error.field()),
                StorableValues.printable(error.message()))).toList();
    }
}
