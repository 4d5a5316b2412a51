package iq.tsh.erp.audit;

import iq.tsh.erp.web.ProblemException;

/** A refusal of an audit request, carried as the RFC 9457 problem the auditor gets. */
class AuditProblem extends ProblemException {

    private AuditProblem(int status, String title, String detail) {
        super(status, title, detail, null);
    }

    static AuditProblem badParameter(String detail) {
        return new AuditProblem(400, "Bad audit parameter", detail);
    }

    static AuditProblem notFound(String title, String detail) {
        return new AuditProblem(404, title, detail);
    }
}
