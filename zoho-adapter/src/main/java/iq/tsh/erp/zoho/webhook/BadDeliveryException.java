package iq.tsh.erp.zoho.webhook;

/** A delivery refused before its record is read: the status says why (400 unreadable, 401, 403, 404, 413, 415). */
public class BadDeliveryException extends RuntimeException {

    private final int status;
    private final String title;

    BadDeliveryException(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
