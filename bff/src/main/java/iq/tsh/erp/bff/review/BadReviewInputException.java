package iq.tsh.erp.bff.review;

import iq.tsh.erp.web.InvalidInputException;
import org.springframework.http.HttpStatus;

/** A review request the app got wrong, naming the part at fault ({@code $} for the body itself). Answered 400. */
class BadReviewInputException extends InvalidInputException {

    BadReviewInputException(String field, String message) {
        super(HttpStatus.BAD_REQUEST, "Bad request", field, message,
                java.util.List.of(new iq.tsh.erp.web.FieldError(field, message)));
    }
}
