package iq.tsh.erp.bff.promotion;

import iq.tsh.erp.api.promotion.FieldProblem;
import iq.tsh.erp.api.promotion.PromotionRejection;
import iq.tsh.erp.bff.common.UnreadableBody;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The promotion admin's refusals as problem details: bad terms 400 naming the field, a taken code or a change to an
 * ended promotion 409, an unknown id 404. The aggregate's reasons arrive as {@link PromotionRejection} details.
 */
// Before the application-wide fallback, which would otherwise answer a refused command with 503.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = PromotionAdminController.class)
class PromotionProblems {

    @ExceptionHandler
    ProblemDetail invalid(InvalidPromotionException e) {
        return badRequest(e.problems());
    }

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        String field = UnreadableBody.field(e);
        return badRequest(List.of(new FieldProblem(field, UnreadableBody.message(field))));
    }

    @ExceptionHandler
    ProblemDetail notFound(PromotionNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notFound(AggregateNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", "no such promotion");
    }

    @ExceptionHandler
    ProblemDetail refused(CommandExecutionException e) {
        if (notFoundCause(e)) {
            return problem(HttpStatus.NOT_FOUND, "Not found", "no such promotion");
        }
        Optional<PromotionRejection> rejection = e.getDetails().filter(PromotionRejection.class::isInstance)
                .map(PromotionRejection.class::cast);
        if (rejection.isEmpty()) {
            return problem(HttpStatus.SERVICE_UNAVAILABLE, "Temporarily unavailable",
                    "the promotion could not be saved now; try again shortly");
        }
        PromotionRejection r = rejection.get();
        if (PromotionRejection.INVALID_TERMS.equals(r.code())) {
            return badRequest(List.of(new FieldProblem(r.field(), r.message())));
        }
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Conflict", r.message());
        problem.setProperty("code", r.code());
        if (r.field() != null) {
            problem.setProperty("field", r.field());
        }
        return problem;
    }

    private static boolean notFoundCause(Throwable e) {
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof AggregateNotFoundException) {
                return true;
            }
        }
        return false;
    }

    private static ProblemDetail badRequest(List<FieldProblem> problems) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid promotion", problems.get(0).message());
        problem.setProperty("field", problems.get(0).field());
        problem.setProperty("errors", problems);
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
