package iq.tsh.erp.zoho.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DeliveryEventTest {

    @ParameterizedTest
    @CsvSource({
            "created,      CREATED",
            "item.created, CREATED",
            "updated,      UPDATED",
            "item.updated, UPDATED",
            "Item.Edited,  UPDATED",
            "deleted,      DELETED",
            "item.deleted, DELETED"})
    void readsTheActionWithOrWithoutItsPrefix(String value, DeliveryEvent expected) {
        assertThat(DeliveryEvent.parse(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void readsNoEventAsAnUpsert(String value) {
        // Zoho's body does not say what happened: without a configured event it is created-or-updated.
        assertThat(DeliveryEvent.parse(value)).isEqualTo(DeliveryEvent.CREATED_OR_UPDATED);
    }

    @Test
    void refusesAnUnknownEventWith400() {
        assertThatThrownBy(() -> DeliveryEvent.parse("item.archived"))
                .isInstanceOfSatisfying(BadDeliveryException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void onlyDeletedIsADelete() {
        assertThat(DeliveryEvent.values()).filteredOn(DeliveryEvent::isDelete).containsExactly(DeliveryEvent.DELETED);
    }
}
