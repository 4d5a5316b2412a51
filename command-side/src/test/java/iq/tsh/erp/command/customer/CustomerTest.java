package iq.tsh.erp.command.customer;

import iq.tsh.erp.api.common.Address;
import iq.tsh.erp.api.common.SyncOutcome;
import iq.tsh.erp.api.customer.CustomerData;
import iq.tsh.erp.api.customer.CustomerDeleted;
import iq.tsh.erp.api.customer.CustomerId;
import iq.tsh.erp.api.customer.CustomerStatus;
import iq.tsh.erp.api.customer.CustomerSynced;
import iq.tsh.erp.api.customer.CustomerType;
import iq.tsh.erp.api.customer.DeleteCustomer;
import iq.tsh.erp.api.customer.SyncCustomer;
import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CustomerTest {

    private static final String CONTACT_ID = "5128640000000002001";
    private static final CustomerId ID = CustomerId.ofContact(CONTACT_ID);
    private static final Instant JANUARY_12 = Instant.parse("2025-01-12T07:00:00Z");
    private static final Instant MARCH_18 = Instant.parse("2025-03-18T10:27:40Z");
    private static final Instant MARCH_22 = Instant.parse("2025-03-22T15:12:03Z");

    private AggregateTestFixture<Customer> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Customer.class);
    }

    private static CustomerData rafidain(String phone, BigDecimal outstanding) {
        Address billing = new Address("قسم المشتريات", "شارع الكرادة داخل", null, "بغداد", "Baghdad", "10001",
                "Iraq", phone);
        return new CustomerData(CONTACT_ID, "أسواق الرافدين المركزية", "Al-Rafidain Central Markets LLC",
                CustomerType.CUSTOMER, "business", CustomerStatus.ACTIVE, "Haider", "Al-Saadi",
                "purchasing@rafidain-markets.iq", phone, "+964 780 765 4321", "ar", "IQD", null, billing, null,
                new BigDecimal("50000000"), outstanding, 30);
    }

    private static CustomerSynced synced(CustomerData customer, Instant time) {
        return new CustomerSynced(ID, customer, time);
    }

    @Test
    void createsCustomerFromFirstSnapshot() {
        fixture.givenNoPriorActivity()
                .when(new SyncCustomer(ID, rafidain("+964 770 123 4567", BigDecimal.ZERO), JANUARY_12))
                .expectEvents(synced(rafidain("+964 770 123 4567", BigDecimal.ZERO), JANUARY_12))
                .expectResultMessagePayload(SyncOutcome.ACCEPTED);
    }

    @Test
    void recordsChangeFromNewerSnapshot() {
        fixture.given(synced(rafidain("+964 770 123 4567", BigDecimal.ZERO), JANUARY_12))
                .when(new SyncCustomer(ID, rafidain("+964 771 555 0101", new BigDecimal("673800")), MARCH_18))
                .expectEvents(synced(rafidain("+964 771 555 0101", new BigDecimal("673800")), MARCH_18))
                .expectResultMessagePayload(SyncOutcome.ACCEPTED);
    }

    @Test
    void staysSilentForUnchangedSnapshot() {
        fixture.given(synced(rafidain("+964 770 123 4567", BigDecimal.ZERO), JANUARY_12))
                .when(new SyncCustomer(ID, rafidain("+964 770 123 4567", BigDecimal.ZERO), JANUARY_12))
                .expectNoEvents()
                .expectResultMessagePayload(SyncOutcome.UNCHANGED);
    }

    @Test
    void treatsSameAmountWithOtherScaleAsUnchanged() {
        fixture.given(synced(rafidain("+964 770 123 4567", BigDecimal.ZERO), JANUARY_12))
                .when(new SyncCustomer(ID, rafidain("+964 770 123 4567", new BigDecimal("0.00")), JANUARY_12))
                .expectNoEvents()
                .expectResultMessagePayload(SyncOutcome.UNCHANGED);
    }

    @Test
    void ignoresStaleSnapshot() {
        fixture.given(synced(rafidain("+964 771 555 0101", new BigDecimal("673800")), MARCH_18))
                .when(new SyncCustomer(ID, rafidain("+964 770 123 4567", BigDecimal.ZERO), JANUARY_12))
                .expectNoEvents()
                .expectResultMessagePayload(SyncOutcome.STALE);
    }

    @Test
    void acceptsOtherContentWithTheSameModificationTime() {
        // Zoho changes balances without touching the contact's modification time.
        fixture.given(synced(rafidain("+964 770 123 4567", BigDecimal.ZERO), JANUARY_12))
                .when(new SyncCustomer(ID, rafidain("+964 770 123 4567", new BigDecimal("673800")), JANUARY_12))
                .expectEvents(synced(rafidain("+964 770 123 4567", new BigDecimal("673800")), JANUARY_12))
                .expectResultMessagePayload(SyncOutcome.ACCEPTED);
    }

    @Test
    void deletesCustomer() {
        fixture.given(synced(rafidain("+964 770 123 4567", BigDecimal.ZERO), JANUARY_12))
                .when(new DeleteCustomer(ID, MARCH_22))
                .expectEvents(new CustomerDeleted(ID, MARCH_22))
                .expectResultMessagePayload(SyncOutcome.ACCEPTED);
    }

    @Test
    void keepsTheNewestKnownTimeWhenAnOlderDeleteArrives() {
        fixture.given(synced(rafidain("+964 771 555 0101", BigDecimal.ZERO), MARCH_18))
                .when(new DeleteCustomer(ID, JANUARY_12))
                .expectEvents(new CustomerDeleted(ID, MARCH_18))
                .expectResultMessagePayload(SyncOutcome.ACCEPTED);
    }

    @Test
    void recordsADeleteOfACustomerNotSeenYet() {
        fixture.givenNoPriorActivity()
                .when(new DeleteCustomer(ID, MARCH_22))
                .expectEvents(new CustomerDeleted(ID, MARCH_22))
                .expectResultMessagePayload(SyncOutcome.ACCEPTED);
    }

    @Test
    void deletesOnlyOnce() {
        fixture.given(synced(rafidain("+964 770 123 4567", BigDecimal.ZERO), JANUARY_12),
                        new CustomerDeleted(ID, MARCH_22))
                .when(new DeleteCustomer(ID, MARCH_22))
                .expectNoEvents()
                .expectResultMessagePayload(SyncOutcome.UNCHANGED);
    }

    @Test
    void keepsDeletedCustomerDeletedWhenAnOldSnapshotArrivesLate() {
        fixture.given(synced(rafidain("+964 771 555 0101", BigDecimal.ZERO), MARCH_18),
                        new CustomerDeleted(ID, MARCH_18))
                .when(new SyncCustomer(ID, rafidain("+964 771 555 0101", new BigDecimal("673800")), MARCH_18))
                .expectNoEvents()
                .expectResultMessagePayload(SyncOutcome.STALE);
    }

    @Test
    void restoresADeletedCustomerFromAStrictlyNewerSnapshot() {
        fixture.given(synced(rafidain("+964 770 123 4567", BigDecimal.ZERO), JANUARY_12),
                        new CustomerDeleted(ID, JANUARY_12))
                .when(new SyncCustomer(ID, rafidain("+964 771 555 0101", BigDecimal.ZERO), MARCH_18))
                .expectEvents(synced(rafidain("+964 771 555 0101", BigDecimal.ZERO), MARCH_18))
                .expectResultMessagePayload(SyncOutcome.ACCEPTED);
    }
}
