package iq.tsh.erp.bff.common;

/** Something the app asked for does not exist (or is deleted); answered 404 as a problem detail. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
