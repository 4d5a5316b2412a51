package iq.tsh.erp.api.review;

/** A review command broke a rule of the Review aggregate; {@link #rejection()} says which, without parsing text. */
public class ReviewRejectedException extends RuntimeException {

    private final ReviewRejection rejection;

    public ReviewRejectedException(ReviewRejection rejection, String message) {
        super(message);
        this.rejection = rejection;
    }

    public ReviewRejection rejection() {
        return rejection;
    }
}
