package iq.tsh.erp.command.sales;

import iq.tsh.erp.api.common.DocumentLine;
import iq.tsh.erp.api.common.SyncOutcome;
import iq.tsh.erp.api.sales.DeleteInvoice;
import iq.tsh.erp.api.sales.DocumentTotals;
import iq.tsh.erp.api.sales.InvoiceData;
import iq.tsh.erp.api.sales.InvoiceDeleted;
import iq.tsh.erp.api.sales.InvoiceId;
import iq.tsh.erp.api.sales.InvoiceSynced;
import iq.tsh.erp.api.sales.InvoiceVoided;
import iq.tsh.erp.api.sales.SyncInvoice;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InvoiceTest {

    private static final InvoiceId ID = InvoiceId.ofZoho("5128640000000003001");
    /** The {@code last_modified_time} of invoice-created-1 (and of the late hostile-stale-update-invoice). */
    private static final Instant CREATED = Instant.parse("2025-03-14T07:22:31Z");
    /** The {@code last_modified_time} of invoice-updated-1, the snapshot after a part payment. */
    private static final Instant PAID_IN_PART = Instant.parse("2025-03-18T10:27:12Z");
    private static final Instant VOIDED = Instant.parse("2025-03-20T08:00:00Z");

    private AggregateTestFixture<Invoice> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Invoice.class);
    }

    private static InvoiceData invoice(String status, String balance) {
        DocumentLine oil = new DocumentLine("5128640000000500001", "5128640000000001001",
                "Extra Virgin Olive Oil 1L - Al Wadi", "OIL-WADI-1L", BigDecimal.valueOf(24), "bottle",
                BigDecimal.valueOf(18500), BigDecimal.valueOf(5), BigDecimal.valueOf(22200), null, BigDecimal.ZERO,
                BigDecimal.valueOf(421800), "5128640000000038080");
        DocumentTotals totals = new DocumentTotals(new BigDecimal("421800"), BigDecimal.ZERO, null, BigDecimal.ZERO,
                new BigDecimal("15000"), BigDecimal.ZERO, new BigDecimal("436800"), new BigDecimal(balance));
        return new InvoiceData("INV-000871", "PO-RAF-2025-118", "5128640000000002001", "أسواق الرافدين المركزية",
                status, LocalDate.of(2025, 3, 14), LocalDate.of(2025, 4, 13), "IQD", BigDecimal.ONE, List.of(oil),
                totals, "5128640000000038080");
    }

    private static InvoiceData sent() {
        return invoice("sent", "436800");
    }

    private static InvoiceData partiallyPaid() {
        return invoice("partially_paid", "136800");
    }

    private static InvoiceData voided() {
        return invoice("void", "0");
    }

    @Test
    void createsInvoiceFromFirstSnapshot() {
        fixture.givenNoPriorActivity()
                .when(new SyncInvoice(ID, sent(), CREATED))
                .expectEvents(new InvoiceSynced(ID, sent(), CREATED))
                .expectResultMessagePayload(SyncOutcome.ACCEPTED);
    }

    @Test
    void recordsPaymentFromNewerSnapshot() {
        fixture.given(new InvoiceSynced(ID, sent(), CREATED))
                .when(new SyncInvoice(ID, partiallyPaid(), PAID_IN_PART))
                .expectEvents(new InvoiceSynced(ID, partiallyPaid(), PAID_IN_PART))
                .expectResultMessagePayload(SyncOutcome.ACCEPTED);
    }

    @Test
    void staysSilentForARedeliveredSnapshot() {
        fixture.given(new InvoiceSynced(ID, sent(), CREATED))
                .when(new SyncInvoice(ID, sent(), CREATED))
                .expectNoEvents()
                .expectResultMessagePayload(SyncOutcome.UNCHANGED);
    }

    @Test
    void treatsSameAmountsWithOtherScaleAsUnchanged() {
        InvoiceData withDecimals = new InvoiceData("INV-000871", "PO-RAF-2025-118", "5128640000000002001",
                "أسواق الرافدين المركزية", "sent", LocalDate.of(2025, 3, 14), LocalDate.of(2025, 4, 13), "IQD",
                new BigDecimal("1.000"), sent().lines(),
                new DocumentTotals(new BigDecimal("421800.00"), new BigDecimal("0.00"), null, new BigDecimal("0.0"),
                        new BigDecimal("15000.00"), new BigDecimal("0E-2"), new BigDecimal("4.368E+5"),
                        new BigDecimal("436800.000")),
                "5128640000000038080");
        fixture.given(new InvoiceSynced(ID, sent(), CREATED))
                .when(new SyncInvoice(ID, withDecimals, CREATED))
                .expectNoEvents()
                .expectResultMessagePayload(SyncOutcome.UNCHANGED);
    }

    @Test
    void ignoresTheStaleUpdateThatArrivesAfterThePayment() {
        // hostile-stale-update-invoice: invoice-created-1's time and balance, delivered after invoice-updated-1.
        fixture.given(new InvoiceSynced(ID, sent(), CREATED), new InvoiceSynced(ID, partiallyPaid(), PAID_IN_PART))
                .when(new SyncInvoice(ID, sent(), CREATED))
                .expectNoEvents()
                .expectResultMessagePayload(SyncOutcome.STALE);
    }

    @Test
    void acceptsOtherContentWithTheSameModificationTime() {
        fixture.given(new InvoiceSynced(ID, sent(), CREATED))
                .when(new SyncInvoice(ID, partiallyPaid(), CREATED))
                .expectEvents(new InvoiceSynced(ID, partiallyPaid(), CREATED))
                .expectResultMessagePayload(SyncOutcome.ACCEPTED);
    }

    @Test
    void recordsVoidingAsInvoiceVoided() {
        fixture.given(new InvoiceSynced(ID, sent(), CREATED))
                .when(new SyncInvoice(ID, voided(), VOIDED))
                .expectEvents(new InvoiceVoided(ID, voided(), VOIDED))
                .expectResultMessagePayload(SyncOutcome.ACCEPTED);
    }

    @Test
    void recordsAnInvoiceFirstSeenVoidAsVoided() {
        fixture.givenNoPriorActivity()
                .when(new SyncInvoice(ID, voided(), VOIDED))
                .expectEvents(new InvoiceVoided(ID, voided(), VOIDED));
    }

    @Test
    void recordsAnEditOfAVoidInvoiceAsSyncedNotVoidedAgain() {
        InvoiceData voidedWithNewReference = new InvoiceData("INV-000871", "cancelled by phone",
                "5128640000000002001", "أسواق الرافدين المركزية", "void", LocalDate.of(2025, 3, 14),
                LocalDate.of(2025, 4, 13), "IQD", BigDecimal.ONE, voided().lines(), voided().totals(),
                "5128640000000038080");
        Instant later = VOIDED.plusSeconds(60);
        fixture.given(new InvoiceSynced(ID, sent(), CREATED), new InvoiceVoided(ID, voided(), VOIDED))
                .when(new SyncInvoice(ID, voidedWithNewReference, later))
                .expectEvents(new InvoiceSynced(ID, voidedWithNewReference, later));
    }

    @Test
    void staysSilentForARedeliveredVoid() {
        fixture.given(new InvoiceSynced(ID, sent(), CREATED), new InvoiceVoided(ID, voided(), VOIDED))
                .when(new SyncInvoice(ID, voided(), VOIDED))
                .expectNoEvents()
                .expectResultMessagePayload(SyncOutcome.UNCHANGED);
    }

    @Test
    void ignoresAStaleSnapshotOfAVoidedInvoice() {
        fixture.given(new InvoiceSynced(ID, sent(), CREATED), new InvoiceVoided(ID, voided(), VOIDED))
                .when(new SyncInvoice(ID, partiallyPaid(), PAID_IN_PART))
                .expectNoEvents()
                .expectResultMessagePayload(SyncOutcome.STALE);
    }

    @Test
    void deletesInvoice() {
        fixture.given(new InvoiceSynced(ID, sent(), CREATED))
                .when(new DeleteInvoice(ID, CREATED))
                .expectEvents(new InvoiceDeleted(ID, CREATED))
                .expectResultMessagePayload(SyncOutcome.ACCEPTED);
    }

    @Test
    void deletesAnInvoiceNotSeenYet() {
        fixture.givenNoPriorActivity()
                .when(new DeleteInvoice(ID, CREATED))
                .expectEvents(new InvoiceDeleted(ID, CREATED))
                .expectResultMessagePayload(SyncOutcome.ACCEPTED);
    }

    @Test
    void deletesWithTheNewestTimeKnown() {
        fixture.given(new InvoiceSynced(ID, partiallyPaid(), PAID_IN_PART))
                .when(new DeleteInvoice(ID, CREATED))
                .expectEvents(new InvoiceDeleted(ID, PAID_IN_PART));
    }

    @Test
    void deletesOnlyOnce() {
        fixture.given(new InvoiceSynced(ID, sent(), CREATED), new InvoiceDeleted(ID, CREATED))
                .when(new DeleteInvoice(ID, CREATED))
                .expectNoEvents()
                .expectResultMessagePayload(SyncOutcome.UNCHANGED);
    }

    @Test
    void keepsDeletedInvoiceDeletedWhenAnOldSnapshotArrivesLate() {
        fixture.given(new InvoiceSynced(ID, partiallyPaid(), PAID_IN_PART), new InvoiceDeleted(ID, PAID_IN_PART))
                .when(new SyncInvoice(ID, sent(), CREATED))
                .expectNoEvents()
                .expectResultMessagePayload(SyncOutcome.STALE);
    }

    @Test
    void keepsDeletedInvoiceDeletedWhenItsLastSnapshotIsRedelivered() {
        fixture.given(new InvoiceSynced(ID, sent(), CREATED), new InvoiceDeleted(ID, CREATED))
                .when(new SyncInvoice(ID, sent(), CREATED))
                .expectNoEvents()
                .expectResultMessagePayload(SyncOutcome.STALE);
    }
}
