package iq.tsh.erp.zoho.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import iq.tsh.erp.zoho.webhook.WebhookSignature.Form;
import org.junit.jupiter.api.Test;

class NamedEventTest {

    @Test
    void onlyAQueryEventUnderAQueryFormSignatureIsAuthenticated() {
        assertThat(NamedEvent.of(null, "deleted", Form.QUERY, true)).isEqualTo(new NamedEvent(DeliveryEvent.DELETED, true));
        assertThat(NamedEvent.of("deleted", null, Form.BODY, true).authenticated()).isFalse();
        assertThat(NamedEvent.of("deleted", null, Form.QUERY, true).authenticated()).isFalse();
        assertThat(NamedEvent.of(null, "deleted", Form.BODY, true).authenticated()).isFalse();
        assertThat(NamedEvent.of("item.deleted", "deleted", Form.QUERY, true))
                .isEqualTo(new NamedEvent(DeliveryEvent.DELETED, true));
    }

    @Test
    void withoutSecretsNothingIsSignedAndEveryNameIsTaken() {
        assertThat(NamedEvent.of("deleted", null, Form.NONE, false)).isEqualTo(new NamedEvent(DeliveryEvent.DELETED, true));
    }

    @Test
    void aHeaderAndAQueryThatDisagreeAreRefused() {
        assertThatThrownBy(() -> NamedEvent.of("deleted", "updated", Form.QUERY, true))
                .isInstanceOfSatisfying(BadDeliveryException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void noNameIsCreatedOrUpdated() {
        assertThat(NamedEvent.of(null, null, Form.BODY, true).event()).isEqualTo(DeliveryEvent.CREATED_OR_UPDATED);
    }
}
