package iq.tsh.erp.ops.deadletter;

import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every processing group gets a sequenced dead-letter queue in PostgreSQL: a failing event waits there (and the later
 * events of its record wait behind it) while the other records keep flowing.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfiguration {

    /** Room for many failing records at once; beyond it the processor would block rather than drop anything. */
    private static final int MAX_SEQUENCES = 10_000;
    private static final int MAX_SEQUENCE_SIZE = 10_000;

    @Bean
    ConfigurerModule deadLetterQueues(ConnectionProvider connectionProvider, TransactionManager transactionManager,
                                      DeadLetterSchema schema, Serializer serializer,
                                      @Qualifier("eventSerializer") Serializer eventSerializer,
                                      RetrySettings workers, ProcessingLog processingLog,
                                      ListableBeanFactory beans) {
        RetrySchedule schedule = new RetrySchedule(workers.retryFirstDelay(), workers.retryMaxDelay(),
                workers.maxRetryAttempts());
        return new ConfigurerModule() {
            @Override
            public void configureModule(Configurer configurer) {
                configurer.eventProcessing(processing -> register(processing, connectionProvider,
                        transactionManager, schema, serializer, eventSerializer, schedule, processingLog, beans));
            }

            /**
             * After Axon's own Spring Boot module, which registers a provider answering "no queue" for every group
             * not listed in properties; the provider registered last wins.
             */
            @Override
            public int order() {
                return Integer.MAX_VALUE;
            }
        };
    }

    private static void register(EventProcessingConfigurer processing, ConnectionProvider connectionProvider,
                                 TransactionManager transactionManager, DeadLetterSchema schema,
                                 Serializer serializer, Serializer eventSerializer, RetrySchedule schedule,
                                 ProcessingLog processingLog, ListableBeanFactory beans) {
            // Never log-and-skip: a failure must reach the dead-letter queue or stop the batch, never vanish.
            processing.registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
            processing.registerDeadLetterQueueProvider(group -> configuration -> JdbcSequencedDeadLetterQueue.builder()
                        .processingGroup(group)
                        .connectionProvider(connectionProvider)
                        .transactionManager(transactionManager)
                        .schema(schema)
                        .genericSerializer(serializer)
                        .eventSerializer(eventSerializer)
                        .maxSequences(MAX_SEQUENCES)
                        .maxSequenceSize(MAX_SEQUENCE_SIZE)
                        .claimDuration(Duration.ofSeconds(30))
                        .build());
            // One policy per group, so the processing log names the group an event failed in.
            for (String group : processingGroups(beans)) {
                processing.registerDeadLetterPolicy(group, c -> new RetryPolicy(group, schedule, processingLog));
            }
    }

    static Set<String> processingGroups(ListableBeanFactory beans) {
        Set<String> groups = new TreeSet<>();
        for (String name : beans.getBeanNamesForAnnotation(ProcessingGroup.class)) {
            ProcessingGroup group = beans.findAnnotationOnBean(name, ProcessingGroup.class);
            if (group != null) {
                groups.add(group.value());
            }
        }
        return groups;
    }
}
