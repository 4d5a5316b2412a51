package iq.tsh.erp.zoho.catchup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import iq.tsh.erp.zoho.ZohoSamples;
import iq.tsh.erp.zoho.parse.FieldError;
import iq.tsh.erp.zoho.parse.UnusableRecordException;
import iq.tsh.erp.zoho.webhook.BadDeliveryException;
import iq.tsh.erp.zoho.webhook.DeliveryEvent;
import iq.tsh.erp.zoho.webhook.DeliveryIntake;
import iq.tsh.erp.zoho.webhook.WebhookKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntakeRecordSinkTest {

    private final DeliveryIntake intake = mock(DeliveryIntake.class);
    private final IntakeRecordSink sink = new IntakeRecordSink(intake);
    private final JsonNode item = ZohoSamples.recordOf("item-created-1.json");

    @Test
    void feedsAsAnUpsertFromTheCatchUp() {
        assertThat(sink.feed(WebhookKind.PRODUCTS, item)).isTrue();

        verify(intake).receiveRecord(WebhookKind.PRODUCTS, DeliveryEvent.CREATED_OR_UPDATED, item, "catch-up");
    }

    @Test
    void unusableRecordIsRefusedNotThrown() {
        when(intake.receiveRecord(any(), any(), any(), any()))
                .thenThrow(new UnusableRecordException(List.of(new FieldError("item_id", "is required"))));

        assertThat(sink.feed(WebhookKind.PRODUCTS, item)).isFalse();
    }

    @Test
    void otherFailuresReachTheJob() {
        when(intake.receiveRecord(any(), any(), any(), any())).thenThrow(new IllegalStateException("database down"));

        assertThatThrownBy(() -> sink.feed(WebhookKind.PRODUCTS, item)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDeliveryNotTakenForNowReachesTheJobSoItsMarksStay() {
        when(intake.receiveRecord(any(), any(), any(), any()))
                .thenThrow(BadDeliveryException.unavailable("the delivery could not be stored now", null));

        assertThatThrownBy(() -> sink.feed(WebhookKind.PRODUCTS, item))
                .isInstanceOfSatisfying(BadDeliveryException.class, e -> assertThat(e.status()).isEqualTo(503));
    }
}
