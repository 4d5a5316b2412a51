package iq.tsh.erp.audit;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A refusal of an audit request, carried as the RFC 9457 problem the auditor gets. */
class AuditProblem extends ErrorResponseException {

    private AuditProblem(HttpStatus status, String title, String detail) {
        super(status, problem(status, title, detail), null);
    }

    static AuditProblem badParameter(String detail) {
        return new AuditProblem(HttpStatus.BAD_REQUEST, "Bad audit parameter", detail);
    }

    static AuditProblem notFound(String title, String detail) {
        return new AuditProblem(HttpStatus.NOT_FOUND, title, detail);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
