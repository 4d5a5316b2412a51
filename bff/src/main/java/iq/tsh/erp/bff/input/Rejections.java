package iq.tsh.erp.bff.input;

import iq.tsh.erp.api.common.Causes;
import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;

/** The error code an aggregate attached to a refused command, found in whatever wrapped the refusal on its way back. */
public final class Rejections {

    private Rejections() {
    }

    public static <E extends Enum<E>> Optional<E> code(Throwable failure, Class<E> type) {
        return Causes.first(failure, cause -> cause instanceof CommandExecutionException refused
                        && refused.getDetails().filter(type::isInstance).isPresent())
                .flatMap(cause -> ((CommandExecutionException) cause).getDetails())
                .map(type::cast);
    }
}
