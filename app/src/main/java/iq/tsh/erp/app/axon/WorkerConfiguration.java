package iq.tsh.erp.app.axon;

import java.util.concurrent.TimeUnit;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every processing group runs as a tracking processor with the configured threads, segments and batch size. */
@Configuration(proxyBeanMethods = false)
class WorkerConfiguration {

    @Bean
    ConfigurerModule trackingWorkers(WorkerSettings settings) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .usingTrackingEventProcessors()
                .registerTrackingEventProcessorConfiguration(configuration ->
                        TrackingEventProcessorConfiguration.forParallelProcessing(settings.threads())
                                .andInitialSegmentsCount(settings.threads())
                                .andBatchSize(settings.batchSize())
                                .andEventAvailabilityTimeout(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS)
                                // A worker without a segment looks for a released one every second (Axon: 5 s), so
                                // a stopping node's segments are taken over at once.
                                .andTokenClaimInterval(1, TimeUnit.SECONDS)));
    }
}
