package iq.tsh.erp.web;

import iq.tsh.erp.api.common.StorableValues;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * A failure that already knows the problem detail it is answered with; {@link Problems} writes it as it is. Edge code
 * throws the shared kinds ({@link InvalidInputException}, {@link NotFoundException}, {@link ConflictException},
 * {@link BadParameterException}); a module may add its own kind by extending this class.
 */
public abstract class ProblemException extends RuntimeException {

    private final int status;
    private final String title;

    protected ProblemException(int status, String title, String detail, Throwable cause) {
        super(detail, cause);
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The text of {@code detail}; by default the message. */
    public String detail() {
        return getMessage();
    }

    /** Extra members of the problem ({@code field}, {@code errors}, {@code parameter}, ...), in order. */
    protected Map<String, Object> properties() {
        return Map.of();
    }

    /** The problem detail; every text made printable, since a lone surrogate cannot even be written as UTF-8. */
    public ProblemDetail toProblem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status),
                StorableValues.printable(detail()));
        problem.setTitle(title);
        properties().forEach(problem::setProperty);
        return problem;
    }
}
