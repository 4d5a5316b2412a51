package iq.tsh.erp.bff.input;

import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;

/** The error code an aggregate attached to a refused command, found in whatever wrapped the refusal on its way back. */
public final class Rejections {

    private Rejections() {
    }

    public static <E extends Enum<E>> Optional<E> code(Throwable failure, Class<E> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CommandExecutionException refused) {
                Optional<Object> details = refused.getDetails();
                if (details.isPresent() && type.isInstance(details.get())) {
                    return Optional.of(type.cast(details.get()));
                }
            }
        }
        return Optional.empty();
    }
}
