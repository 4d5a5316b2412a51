package iq.tsh.erp.app.axon;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
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
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/** The command gateway with conflict retries, and the metadata every event inherits from its command. */
@Configuration(proxyBeanMethods = false)
class CommandGatewayConfiguration {

    private static final int MAX_CONFLICT_RETRIES = 8;
    private static final long FIRST_RETRY_DELAY_MILLIS = 20;

    @Bean(destroyMethod = "shutdown")
    ScheduledExecutorService commandRetryExecutor() {
        return Executors.newSingleThreadScheduledExecutor(new CustomizableThreadFactory("command-retry-"));
    }

    @Bean
    CommandGateway commandGateway(CommandBus commandBus, ScheduledExecutorService commandRetryExecutor,
                                  List<MessageDispatchInterceptor<? super CommandMessage<?>>> interceptors) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .dispatchInterceptors(interceptors)
                .retryScheduler(new ConflictRetryScheduler(commandRetryExecutor, MAX_CONFLICT_RETRIES,
                        FIRST_RETRY_DELAY_MILLIS))
                .build();
    }

    /** Axon's own correlation and trace ids; declaring any provider turns off Axon's default, so it is named here. */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    /** Auditors follow each event back to its cause: the webhook delivery, the token's subject. */
    @Bean
    CorrelationDataProvider causeCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider("deliveryId", "webhookKind", "webhookEvent", "subject");
    }
}
