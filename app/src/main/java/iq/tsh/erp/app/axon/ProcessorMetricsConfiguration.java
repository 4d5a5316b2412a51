package iq.tsh.erp.app.axon;

import org.axonframework.config.Configurer;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitor;
import org.axonframework.messaging.Message;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's meters for the event processors only: {@code eventProcessor.*} tagged by processor (and event type), which the
 * dashboard, the alerts and Prometheus read. Axon's default also times every command, query and stored event, per
 * payload type: a tagged meter looked up in the registry on each message of every request, which nothing reads
 * (webhook and HTTP latency are measured at the edges), and about 5 % of a product read's CPU in the profile.
 */
@Configuration(proxyBeanMethods = false)
class ProcessorMetricsConfiguration {

    @Bean
    MetricsConfigurerModule processorMetricsOnly(GlobalMetricRegistry metrics) {
        return new MetricsConfigurerModule(metrics, true) {
            @Override
            @SuppressWarnings("unchecked")
            public void configureModule(Configurer configurer) {
                configurer.configureMessageMonitor(configuration -> (componentType, componentName) ->
                        EventProcessor.class.isAssignableFrom(componentType)
                                ? (MessageMonitor<Message<?>>) metrics.registerComponentWithDefaultTags(
                                        componentType, componentName)
                                : NoOpMessageMonitor.INSTANCE);
            }
        };
    }
}
