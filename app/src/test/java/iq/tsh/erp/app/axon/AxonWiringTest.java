package iq.tsh.erp.app.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import iq.tsh.erp.app.ApplicationTest;
import java.time.Duration;
import java.util.Arrays;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/** Axon runs on our PostgreSQL tables through JDBC, with no Axon Server and with conflicts seen as conflicts. */
class AxonWiringTest extends ApplicationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    EventStorageEngine storageEngine;
    @Autowired
    TokenStore tokenStore;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void usesTheJdbcStorageWithoutAxonServer() {
        assertThat(storageEngine).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(tokenStore).isInstanceOf(JdbcTokenStore.class);
        assertThat(Arrays.stream(context.getBeanDefinitionNames()).filter(name -> name.toLowerCase().contains("axonserver")))
                .isEmpty();
    }

    /** Without JPA, Boot's JDBC transaction manager is the one Axon's units of work (and the projections) run in. */
    @Test
    void runsUnitsOfWorkInTheDataSourcesTransactions() {
        assertThat(context.getBean(PlatformTransactionManager.class)).isInstanceOf(DataSourceTransactionManager.class);
        assertThat(context.getBean(TransactionManager.class)).isInstanceOf(SpringTransactionManager.class);
        assertThat(context.getBeanNamesForType(jakartaPersistence())).isEmpty();
    }

    private static Class<?> jakartaPersistence() {
        try {
            return Class.forName("jakarta.persistence.EntityManagerFactory");
        } catch (ClassNotFoundException absent) {
            return Void.class;
        }
    }

    @Test
    void runsTheCatalogAsTwoWorkersOverTwoSegments() {
        TrackingEventProcessor catalog = processing.eventProcessor("catalog", TrackingEventProcessor.class).orElseThrow();

        assertThat(catalog.maxCapacity()).isEqualTo(2);
        assertThat(jdbc.queryForObject(
                "select count(*) from token_entry where processor_name = 'catalog' and segment >= 0", Long.class))
                .isEqualTo(2);
    }

    @Test
    void claimsSegmentsAsTheEmbeddedNodeSoARestartTakesThemBackAtOnce() {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from token_entry where processor_name = 'catalog' and owner like 'embedded@%'",
                Long.class) == 2);
    }

    @Test
    void reportsADuplicateSequenceAsAConflictNotAFailure() {
        String aggregate = "test:conflict";
        storageEngine.appendEvents(new GenericDomainEventMessage<>("Test", aggregate, 0, "created"),
                new GenericDomainEventMessage<>("Test", aggregate, 1, "changed"));

        // Both make the webhook intake retry the delivery; without our resolver both were a final EventStoreException.
        assertThatThrownBy(() -> storageEngine.appendEvents(
                new GenericDomainEventMessage<>("Test", aggregate, 0, "created elsewhere")))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThatThrownBy(() -> storageEngine.appendEvents(
                new GenericDomainEventMessage<>("Test", aggregate, 1, "changed elsewhere")))
                .isInstanceOf(ConcurrencyException.class);
    }

    @Autowired
    org.axonframework.commandhandling.gateway.CommandGateway commandGateway;

    @Test
    void eventsCarryTheSubjectOfTheUserWhoSentTheCommand() {
        var user = new org.springframework.security.authentication.TestingAuthenticationToken("ops-sara", null, "ROLE_OPS");
        user.setAuthenticated(true);
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(user);
        try {
            var productId = iq.tsh.erp.api.product.ProductId.ofItem("7800000000000000001");
            commandGateway.sendAndWait(new iq.tsh.erp.api.product.DeleteProduct(productId, null));
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }

        assertThat(jdbc.queryForObject("""
                select convert_from(meta_data, 'UTF8')::jsonb ->> 'subject' from domain_event_entry
                where aggregate_identifier = 'item:7800000000000000001'""", String.class)).isEqualTo("ops-sara");
    }
}
