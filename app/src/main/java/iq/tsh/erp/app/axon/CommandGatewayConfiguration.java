package iq.tsh.erp.app.axon;

import java.util.List;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The metadata every event inherits from its command. The command gateway has no retry
 * scheduler: that would re-send a conflicting command on another thread, outside the caller's transaction, so the
 * webhook intake retries whole deliveries instead.
 */
@Configuration(proxyBeanMethods = false)
class CommandGatewayConfiguration {

    /** Axon's gateway, with the dispatch interceptors of the application (the signed-in subject on every command). */
    @Bean
    CommandGateway commandGateway(CommandBus commandBus,
                                  List<MessageDispatchInterceptor<CommandMessage<?>>> dispatchInterceptors) {
        return DefaultCommandGateway.builder().commandBus(commandBus).dispatchInterceptors(List.copyOf(dispatchInterceptors)).build();
    }

    /** Axon's own correlation and trace ids; declaring any provider turns off Axon's default, so it is named here. */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    /** Auditors follow each event back to its cause: the webhook delivery, the token's subject. */
    @Bean
    CorrelationDataProvider causeCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider("deliveryId", "webhookKind", "webhookEvent", "deliverySource",
                "subject");
    }
}
