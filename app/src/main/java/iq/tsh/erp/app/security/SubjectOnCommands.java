package iq.tsh.erp.app.security;

import java.util.List;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Every command sent on behalf of a signed-in user carries the token's subject as {@code subject}; its events
 * inherit it, so auditors see who caused each change. Webhook commands carry their delivery id instead.
 */
@Component
class SubjectOnCommands implements MessageDispatchInterceptor<CommandMessage<?>> {

    static final String SUBJECT = "subject";

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null || !authentication.isAuthenticated() || command.getMetaData().containsKey(SUBJECT)
                    || "anonymousUser".equals(authentication.getName())) {
                return command;
            }
            return command.andMetaData(java.util.Map.of(SUBJECT, authentication.getName()));
        };
    }
}
