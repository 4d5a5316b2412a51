package iq.tsh.erp.bff.review;

/** A review request the app got wrong; {@link #field()} names the part at fault. Answered 400. */
class BadReviewInputException extends RuntimeException {

    private final String field;

    BadReviewInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
