package iq.tsh.erp.command.purchase;

import iq.tsh.erp.api.common.DocumentLine;
import iq.tsh.erp.api.common.SyncOutcome;
import iq.tsh.erp.api.purchase.BillData;
import iq.tsh.erp.api.purchase.BillDeleted;
import iq.tsh.erp.api.purchase.BillId;
import iq.tsh.erp.api.purchase.BillSynced;
import iq.tsh.erp.api.purchase.DeleteBill;
import iq.tsh.erp.api.purchase.SyncBill;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BillTest {

    private static final BillId ID = BillId.ofBill("5128640000000004001");
    private static final Instant MARCH_10 = Instant.parse("2025-03-10T11:48:09Z");
    private static final Instant MARCH_25 = Instant.parse("2025-03-25T06:12:33Z");
    private static final String BAGHDAD = "5128640000000038080";

    private AggregateTestFixture<Bill> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Bill.class);
    }

    private static BillData bill(String status, String balance) {
        List<DocumentLine> lines = List.of(
                new DocumentLine("5128640000000510001", "5128640000000001001", "Olive Oil 1L", "OIL-WADI-1L",
                        new BigDecimal("600"), "bottle", new BigDecimal("10.25"), null, null, null, BigDecimal.ZERO,
                        new BigDecimal("6150.0"), BAGHDAD),
                new DocumentLine("5128640000000510002", null, null, null, BigDecimal.ONE, null,
                        new BigDecimal("380.0"), null, null, null, BigDecimal.ZERO, new BigDecimal("380.0"), BAGHDAD));
        return new BillData("5128640000000004001", "GFS-2025-0193", "PO-00057", "5128640000000002002",
                "Gulf Food Supplies FZE", status, LocalDate.of(2025, 3, 10), LocalDate.of(2025, 4, 24), "USD",
                new BigDecimal("1310"), lines, new BigDecimal("6530.0"), BigDecimal.ZERO, new BigDecimal("6530.0"),
                new BigDecimal(balance), BAGHDAD);
    }

    private static BillSynced synced(String status, String balance, Instant time) {
        return new BillSynced(ID, bill(status, balance), time);
    }

    @Test
    void createsBillFromFirstSnapshot() {
        fixture.givenNoPriorActivity()
                .when(new SyncBill(ID, bill("open", "6530"), MARCH_10))
                .expectEvents(synced("open", "6530", MARCH_10))
                .expectResultMessagePayload(SyncOutcome.ACCEPTED);
    }

    @Test
    void recordsPaymentFromNewerSnapshot() {
        fixture.given(synced("open", "6530", MARCH_10))
                .when(new SyncBill(ID, bill("paid", "0"), MARCH_25))
                .expectEvents(synced("paid", "0", MARCH_25))
                .expectResultMessagePayload(SyncOutcome.ACCEPTED);
    }

    @Test
    void recordsAVoidedBillAsItsStatus() {
        fixture.given(synced("open", "6530", MARCH_10))
                .when(new SyncBill(ID, bill("void", "0"), MARCH_25))
                .expectEvents(synced("void", "0", MARCH_25))
                .expectResultMessagePayload(SyncOutcome.ACCEPTED);
    }

    @Test
    void staysSilentForUnchangedSnapshot() {
        fixture.given(synced("open", "6530", MARCH_10))
                .when(new SyncBill(ID, bill("open", "6530"), MARCH_10))
                .expectNoEvents()
                .expectResultMessagePayload(SyncOutcome.UNCHANGED);
    }

    @Test
    void treatsSameAmountWithOtherScaleAsUnchanged() {
        fixture.given(synced("open", "6530", MARCH_10))
                .when(new SyncBill(ID, bill("open", "6530.00"), MARCH_10))
                .expectNoEvents()
                .expectResultMessagePayload(SyncOutcome.UNCHANGED);
    }

    @Test
    void ignoresStaleSnapshot() {
        fixture.given(synced("paid", "0", MARCH_25))
                .when(new SyncBill(ID, bill("open", "6530"), MARCH_10))
                .expectNoEvents()
                .expectResultMessagePayload(SyncOutcome.STALE);
    }

    @Test
    void acceptsOtherContentWithTheSameModificationTime() {
        fixture.given(synced("open", "6530", MARCH_10))
                .when(new SyncBill(ID, bill("open", "3000"), MARCH_10))
                .expectEvents(synced("open", "3000", MARCH_10))
                .expectResultMessagePayload(SyncOutcome.ACCEPTED);
    }

    @Test
    void deletesBill() {
        fixture.given(synced("open", "6530", MARCH_10))
                .when(new DeleteBill(ID, MARCH_10))
                .expectEvents(new BillDeleted(ID, MARCH_10))
                .expectResultMessagePayload(SyncOutcome.ACCEPTED);
    }

    @Test
    void deletesEvenWithAnOlderSnapshotTime() {
        fixture.given(synced("paid", "0", MARCH_25))
                .when(new DeleteBill(ID, MARCH_10))
                .expectEvents(new BillDeleted(ID, MARCH_25))
                .expectResultMessagePayload(SyncOutcome.ACCEPTED);
    }

    @Test
    void recordsTheDeleteOfABillNeverSeen() {
        fixture.givenNoPriorActivity()
                .when(new DeleteBill(ID, MARCH_10))
                .expectEvents(new BillDeleted(ID, MARCH_10))
                .expectResultMessagePayload(SyncOutcome.ACCEPTED);
    }

    @Test
    void deletesOnlyOnce() {
        fixture.given(synced("open", "6530", MARCH_10), new BillDeleted(ID, MARCH_10))
                .when(new DeleteBill(ID, MARCH_10))
                .expectNoEvents()
                .expectResultMessagePayload(SyncOutcome.UNCHANGED);
    }

    @Test
    void keepsDeletedBillDeletedWhenAnOldSnapshotArrivesLate() {
        fixture.given(synced("open", "6530", MARCH_10), new BillDeleted(ID, MARCH_25))
                .when(new SyncBill(ID, bill("paid", "0"), MARCH_25))
                .expectNoEvents()
                .expectResultMessagePayload(SyncOutcome.STALE);
    }
}
