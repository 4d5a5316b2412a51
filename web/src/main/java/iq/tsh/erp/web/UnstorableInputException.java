package iq.tsh.erp.web;

import iq.tsh.erp.api.common.StorableValues;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A request value the system will not take (NUL, broken Unicode, a number beyond {@link StorableValues}, a key given
 * twice, a body nested too deep): refused at the edge with the field or parameter at fault, before anything reads it.
 */
public class UnstorableInputException extends InvalidInputException {

    private static final int MAX_ECHO = 100;

    private final String problem;

    /** {@code field}: a JSON path ({@code lines[0].priceWhenAdded}), {@code body}, or a parameter's name. */
    public UnstorableInputException(String field, String problem) {
        super(HttpStatus.BAD_REQUEST, "Bad request", echo(field), echo(field) + " " + problem,
                List.of(new FieldError(echo(field), problem)));
        this.problem = problem;
    }

    /** What is wrong with it, without the name ({@code must not contain the NUL character}). */
    public String problem() {
        return problem;
    }

    /** The name as sent may itself be hostile (a key holding NUL, 100,000 characters long): echo it harmlessly. */
    private static String echo(String name) {
        String printable = StorableValues.printable(name);
        return printable.length() <= MAX_ECHO ? printable : printable.substring(0, MAX_ECHO) + "…";
    }
}
