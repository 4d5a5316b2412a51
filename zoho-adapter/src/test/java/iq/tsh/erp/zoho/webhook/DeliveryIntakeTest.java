package iq.tsh.erp.zoho.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import iq.tsh.erp.zoho.parse.UnusableRecordException;
import iq.tsh.erp.zoho.parse.ZohoRecord;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Narrow: what the intake answers when the database itself fails. Bad bytes are the delivery's fault (4xx, kept as
 * rejected); a failing database is ours (503, kept as failed when the database still takes the row), never a 500.
 */
class DeliveryIntakeTest {

    private final Inbox inbox = mock(Inbox.class);
    private final CommandGateway commands = mock(CommandGateway.class);
    private final PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
    private final RecordMapper products = new RecordMapper() {
        @Override
        public WebhookKind kind() {
            return WebhookKind.PRODUCTS;
        }

        @Override
        public List<RecordCommand> commands(ZohoRecord record, DeliveryEvent event) {
            return List.of(new RecordCommand("item:" + record.requiredId("item_id"), new Object()));
        }
    };
    private final DeliveryIntake intake = new DeliveryIntake(new WebhookDispatcher(List.of(products), commands), inbox,
            new UnsignedDeletes(new StaticListableBeanFactory().getBeanProvider(ZohoRecordLookup.class)), transactions);

    private static Delivery delivery(String json) {
        return new Delivery(WebhookKind.PRODUCTS, DeliveryEvent.UPDATED, "application/json",
                json.getBytes(StandardCharsets.UTF_8), Map.of(), "webhook", false);
    }

    private InboxEntry kept() {
        ArgumentCaptor<InboxEntry> entry = ArgumentCaptor.forClass(InboxEntry.class);
        verify(inbox).insert(entry.capture());
        return entry.getValue();
    }

    @Test
    void aDatabaseFailureIsUnavailableAndKeptAsFailed() {
        doThrow(new DataAccessResourceFailureException("connection refused"))
                .when(transactions).getTransaction(any());

        assertThatThrownBy(() -> intake.receive(delivery("{\"item\":{\"item_id\":\"1\"}}")))
                .isInstanceOfSatisfying(BadDeliveryException.class, e -> assertThat(e.status()).isEqualTo(503));
        assertThat(kept().outcome()).isEqualTo("failed");
        assertThat(kept().httpStatus()).isEqualTo(503);
    }

    @Test
    void whenEvenTheInboxCannotBeWrittenTheAnswerIsStill503() {
        doThrow(new DataAccessResourceFailureException("connection refused")).when(inbox).insert(any());

        assertThatThrownBy(() -> intake.receive(delivery("{\"item\":{\"item_id\":1e-2147483648}}")))
                .isInstanceOfSatisfying(BadDeliveryException.class, e -> assertThat(e.status()).isEqualTo(503));
    }

    @Test
    void aBadBodyIsTheDeliverysFaultAndKeptAsRejected() {
        assertThatThrownBy(() -> intake.receive(delivery("{\"item\":{\"item_id\":\"1\",\"rate\":0.1e2147483648}}")))
                .isInstanceOf(UnusableRecordException.class);
        assertThat(kept().outcome()).isEqualTo("rejected");
        assertThat(kept().httpStatus()).isEqualTo(422);
    }

    @Test
    void anUnsignedDeleteWithoutZohoApiAccessIsForbiddenAndKept() {
        Delivery delete = new Delivery(WebhookKind.PRODUCTS, DeliveryEvent.DELETED, "application/json",
                "{\"item\":{\"item_id\":\"1\"}}".getBytes(StandardCharsets.UTF_8), Map.of(), "webhook", false);

        assertThatThrownBy(() -> intake.receive(delete))
                .isInstanceOfSatisfying(BadDeliveryException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThat(kept().outcome()).isEqualTo("rejected");
        assertThat(kept().event()).isEqualTo("deleted");
    }
}
