package iq.tsh.erp.web;

/** Something the caller asked for does not exist (or is deleted): 404. */
public class NotFoundException extends ProblemException {

    public NotFoundException(String detail) {
        this("Not found", detail);
    }

    public NotFoundException(String title, String detail) {
        super(404, title, detail, null);
    }
}
