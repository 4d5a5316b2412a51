package iq.tsh.erp.query.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import iq.tsh.erp.api.customer.CustomerData;
import iq.tsh.erp.api.customer.CustomerDeleted;
import iq.tsh.erp.api.customer.CustomerId;
import iq.tsh.erp.api.customer.CustomerStatus;
import iq.tsh.erp.api.customer.CustomerSynced;
import iq.tsh.erp.api.customer.CustomerType;
import iq.tsh.erp.query.common.Columns;
import iq.tsh.erp.query.common.Projector;
import iq.tsh.erp.query.common.ReadModelDatabase;
import iq.tsh.erp.query.common.Replays;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pricing group's {@code customers}: who buys at which price list, in which currency and language. */
class CustomerProjectionTest {

    private static final String CONTACT = "4902000000000000001";
    private static final CustomerId CUSTOMER = CustomerId.ofContact(CONTACT);
    private static final String PRICE_LIST = "3712000000000000001";
    private static final Instant MODIFIED = Instant.parse("2025-05-06T07:00:00Z");

    private final Projector projector = new Projector(new CustomerProjection(ReadModelDatabase.jdbc()), "Customer");

    @BeforeEach
    void empty() {
        ReadModelDatabase.emptyReadTables();
    }

    record CustomerRow(String contactId, String name, String firstName, String priceListId, String currency,
                       String language, boolean active, boolean deleted, long lastSequence, Instant updatedAt) {
    }

    private static CustomerData contact(String name, String priceListId, String currency, String language,
                                        CustomerStatus status) {
        return new CustomerData(CONTACT, name, "Ali Stores", CustomerType.CUSTOMER, "business", status, "Ali",
                "Hassan", "ali@example.iq", null, "+9647700000001", language, currency, priceListId, null, null,
                new BigDecimal("5000000"), BigDecimal.ZERO, 30);
    }

    private DomainEventMessage<?> synced(long sequence, CustomerData customer) {
        return projector.event(CUSTOMER.toString(), sequence,
                new CustomerSynced(CUSTOMER, customer, MODIFIED.plusSeconds(sequence)));
    }

    private DomainEventMessage<?> deleted(long sequence) {
        return projector.event(CUSTOMER.toString(), sequence, new CustomerDeleted(CUSTOMER, MODIFIED.plusSeconds(sequence)));
    }

    private static CustomerRow row(String name, String priceListId, String currency, String language, boolean active,
                                   boolean deleted, long sequence) {
        return new CustomerRow(CONTACT, name, "Ali", priceListId, currency, language, active, deleted, sequence,
                Projector.T0.plusSeconds(sequence));
    }

    static List<CustomerRow> customers() {
        return ReadModelDatabase.jdbc().query("SELECT * FROM customers ORDER BY contact_id",
                (rs, row) -> new CustomerRow(rs.getString("contact_id"), rs.getString("name"),
                        rs.getString("first_name"), rs.getString("price_list_id"), rs.getString("currency"),
                        rs.getString("language"), rs.getBoolean("active"), rs.getBoolean("deleted"),
                        rs.getLong("last_sequence"), Columns.instant(rs, "updated_at")));
    }

    @Test
    void keepsWhichListTheCustomerBuysAtInWhichCurrencyAndLanguage() {
        projector.handle(synced(0, contact("علي للتجارة", PRICE_LIST, "USD", "ar", CustomerStatus.ACTIVE)));

        assertThat(customers()).containsExactly(row("علي للتجارة", PRICE_LIST, "USD", "ar", true, false, 0));
    }

    @Test
    void aLaterSnapshotReplacesEveryColumnAbsentValuesIncluded() {
        projector.handle(List.of(synced(0, contact("Ali", PRICE_LIST, "USD", "ar", CustomerStatus.ACTIVE)),
                synced(1, contact("Ali Trading", null, "IQD", null, CustomerStatus.INACTIVE))));

        assertThat(customers()).containsExactly(row("Ali Trading", null, "IQD", null, false, false, 1));
    }

    @Test
    void aDeletedCustomerKeepsTheRowMarkedDeletedUntilANewerSnapshotRestoresIt() {
        projector.handle(List.of(synced(0, contact("Ali", PRICE_LIST, "USD", "ar", CustomerStatus.ACTIVE)),
                deleted(1)));
        assertThat(customers()).containsExactly(row("Ali", PRICE_LIST, "USD", "ar", true, true, 1));

        projector.handle(synced(2, contact("Ali", PRICE_LIST, "IQD", "en", CustomerStatus.ACTIVE)));
        assertThat(customers()).containsExactly(row("Ali", PRICE_LIST, "IQD", "en", true, false, 2));
    }

    @Test
    void aDeleteOfACustomerNeverSyncedLeavesNoRow() {
        projector.handle(deleted(0));
        assertThat(customers()).isEmpty();

        projector.handle(synced(1, contact("Ali", PRICE_LIST, "USD", "ar", CustomerStatus.ACTIVE)));
        assertThat(customers()).containsExactly(row("Ali", PRICE_LIST, "USD", "ar", true, false, 1));
    }

    @Test
    void anOlderOrDuplicateSequenceChangesNothing() {
        projector.handle(List.of(synced(0, contact("Ali", PRICE_LIST, "USD", "ar", CustomerStatus.ACTIVE)),
                synced(1, contact("Ali Trading", PRICE_LIST, "IQD", "en", CustomerStatus.ACTIVE))));
        List<CustomerRow> before = customers();

        projector.handle(List.of(synced(1, contact("Someone else", null, "EUR", "fr", CustomerStatus.INACTIVE)),
                synced(0, contact("Ali", PRICE_LIST, "USD", "ar", CustomerStatus.ACTIVE)), deleted(1), deleted(0)));

        assertThat(customers()).isEqualTo(before)
                .containsExactly(row("Ali Trading", PRICE_LIST, "IQD", "en", true, false, 1));
    }

    @Test
    void replayingTwiceGivesTheSameRows() {
        Replays.assertReplayable(projector, List.of(
                synced(0, contact("Ali", PRICE_LIST, "USD", "ar", CustomerStatus.ACTIVE)),
                synced(1, contact("Ali Trading", null, "IQD", "en", CustomerStatus.INACTIVE)),
                deleted(2),
                synced(3, contact("Ali Trading", PRICE_LIST, "USD", "ar", CustomerStatus.ACTIVE)),
                deleted(4)), "customers");

        assertThat(customers()).containsExactly(row("Ali Trading", PRICE_LIST, "USD", "ar", true, true, 4));
    }
}
