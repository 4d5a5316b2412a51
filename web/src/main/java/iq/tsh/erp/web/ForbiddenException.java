package iq.tsh.erp.web;

/** The caller may not do this to this record (another customer's review, say), whatever their role: 403. */
public class ForbiddenException extends ProblemException {

    public ForbiddenException(String detail) {
        super(403, "Forbidden", detail, null);
    }
}
