package iq.tsh.erp.app.axon;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The metadata every event inherits from its command. The command gateway stays Axon's own, without a retry
 * scheduler: that would re-send a conflicting command on another thread, outside the caller's transaction, so the
 * webhook intake retries whole deliveries instead.
 */
@Configuration(proxyBeanMethods = false)
class CommandGatewayConfiguration {

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
