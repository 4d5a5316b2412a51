package iq.tsh.erp.command.sales;

import iq.tsh.erp.api.common.DocumentLine;
import iq.tsh.erp.api.common.SyncOutcome;
import iq.tsh.erp.api.sales.CreditNoteData;
import iq.tsh.erp.api.sales.CreditNoteDeleted;
import iq.tsh.erp.api.sales.CreditNoteId;
import iq.tsh.erp.api.sales.CreditNoteSynced;
import iq.tsh.erp.api.sales.DeleteCreditNote;
import iq.tsh.erp.api.sales.DocumentTotals;
import iq.tsh.erp.api.sales.SyncCreditNote;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CreditNoteTest {

    private static final CreditNoteId ID = CreditNoteId.ofZoho("5128640000000005001");
    private static final String INV_000871 = "5128640000000003001";
    /** The {@code updated_time} of creditnote-created-1. */
    private static final Instant OPENED = Instant.parse("2025-03-16T09:10:00Z");
    /** The {@code updated_time} of creditnote-updated-1: the credit applied in full to INV-000871. */
    private static final Instant APPLIED = Instant.parse("2025-03-18T10:30:02Z");

    private AggregateTestFixture<CreditNote> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CreditNote.class);
    }

    private static CreditNoteData creditNote(String status, long balance, List<String> invoiceIds) {
        DocumentLine oil = new DocumentLine("5128640000000520001", "5128640000000001001",
                "Extra Virgin Olive Oil 1L - Al Wadi", null, BigDecimal.valueOf(2), "bottle",
                BigDecimal.valueOf(18500), BigDecimal.valueOf(5), null, null, null, BigDecimal.valueOf(35150),
                "5128640000000038080");
        DocumentTotals totals = new DocumentTotals(BigDecimal.valueOf(35150), null, null, BigDecimal.ZERO, null, null,
                BigDecimal.valueOf(35150), BigDecimal.valueOf(balance));
        return new CreditNoteData("CN-00042", "INV-000871", "5128640000000002001", "أسواق الرافدين المركزية", status,
                LocalDate.of(2025, 3, 16), "IQD", BigDecimal.ONE, List.of(oil), invoiceIds, totals,
                "5128640000000038080");
    }

    private static CreditNoteData open() {
        return creditNote("open", 35150, List.of(INV_000871));
    }

    private static CreditNoteData closed() {
        return creditNote("closed", 0, List.of(INV_000871));
    }

    @Test
    void createsCreditNoteFromFirstSnapshot() {
        fixture.givenNoPriorActivity()
                .when(new SyncCreditNote(ID, open(), OPENED))
                .expectEvents(new CreditNoteSynced(ID, open(), OPENED))
                .expectResultMessagePayload(SyncOutcome.ACCEPTED);
    }

    @Test
    void recordsTheApplicationFromNewerSnapshot() {
        fixture.given(new CreditNoteSynced(ID, open(), OPENED))
                .when(new SyncCreditNote(ID, closed(), APPLIED))
                .expectEvents(new CreditNoteSynced(ID, closed(), APPLIED))
                .expectResultMessagePayload(SyncOutcome.ACCEPTED);
    }

    @Test
    void staysSilentForARedeliveredSnapshot() {
        fixture.given(new CreditNoteSynced(ID, open(), OPENED))
                .when(new SyncCreditNote(ID, open(), OPENED))
                .expectNoEvents()
                .expectResultMessagePayload(SyncOutcome.UNCHANGED);
    }

    @Test
    void treatsSameAmountsWithOtherScaleAsUnchanged() {
        CreditNoteData withDecimals = new CreditNoteData("CN-00042", "INV-000871", "5128640000000002001",
                "أسواق الرافدين المركزية", "open", LocalDate.of(2025, 3, 16), "IQD", new BigDecimal("1.00"),
                open().lines(), List.of(INV_000871), new DocumentTotals(new BigDecimal("35150.00"), null, null,
                        new BigDecimal("0.00"), null, null, new BigDecimal("35150.0"), new BigDecimal("3.515E+4")),
                "5128640000000038080");
        fixture.given(new CreditNoteSynced(ID, open(), OPENED))
                .when(new SyncCreditNote(ID, withDecimals, OPENED))
                .expectNoEvents()
                .expectResultMessagePayload(SyncOutcome.UNCHANGED);
    }

    @Test
    void ignoresStaleSnapshot() {
        fixture.given(new CreditNoteSynced(ID, closed(), APPLIED))
                .when(new SyncCreditNote(ID, open(), OPENED))
                .expectNoEvents()
                .expectResultMessagePayload(SyncOutcome.STALE);
    }

    @Test
    void acceptsOtherContentWithTheSameUpdatedTime() {
        fixture.given(new CreditNoteSynced(ID, open(), OPENED))
                .when(new SyncCreditNote(ID, closed(), OPENED))
                .expectEvents(new CreditNoteSynced(ID, closed(), OPENED))
                .expectResultMessagePayload(SyncOutcome.ACCEPTED);
    }

    @Test
    void recordsAVoidedCreditNoteAsSynced() {
        CreditNoteData voided = creditNote("void", 0, List.of(INV_000871));
        Instant later = APPLIED.plusSeconds(3600);
        fixture.given(new CreditNoteSynced(ID, open(), OPENED))
                .when(new SyncCreditNote(ID, voided, later))
                .expectEvents(new CreditNoteSynced(ID, voided, later));
    }

    @Test
    void deletesCreditNote() {
        fixture.given(new CreditNoteSynced(ID, open(), OPENED))
                .when(new DeleteCreditNote(ID, OPENED))
                .expectEvents(new CreditNoteDeleted(ID, OPENED))
                .expectResultMessagePayload(SyncOutcome.ACCEPTED);
    }

    @Test
    void deletesACreditNoteNotSeenYet() {
        fixture.givenNoPriorActivity()
                .when(new DeleteCreditNote(ID, OPENED))
                .expectEvents(new CreditNoteDeleted(ID, OPENED))
                .expectResultMessagePayload(SyncOutcome.ACCEPTED);
    }

    @Test
    void deletesWithTheNewestTimeKnown() {
        fixture.given(new CreditNoteSynced(ID, closed(), APPLIED))
                .when(new DeleteCreditNote(ID, OPENED))
                .expectEvents(new CreditNoteDeleted(ID, APPLIED));
    }

    @Test
    void deletesOnlyOnce() {
        fixture.given(new CreditNoteSynced(ID, open(), OPENED), new CreditNoteDeleted(ID, OPENED))
                .when(new DeleteCreditNote(ID, OPENED))
                .expectNoEvents()
                .expectResultMessagePayload(SyncOutcome.UNCHANGED);
    }

    @Test
    void keepsDeletedCreditNoteDeletedWhenAnOldSnapshotArrivesLate() {
        fixture.given(new CreditNoteSynced(ID, closed(), APPLIED), new CreditNoteDeleted(ID, APPLIED))
                .when(new SyncCreditNote(ID, open(), OPENED))
                .expectNoEvents()
                .expectResultMessagePayload(SyncOutcome.STALE);
    }

    @Test
    void keepsDeletedCreditNoteDeletedWhenItsLastSnapshotIsRedelivered() {
        fixture.given(new CreditNoteSynced(ID, closed(), APPLIED), new CreditNoteDeleted(ID, APPLIED))
                .when(new SyncCreditNote(ID, closed(), APPLIED))
                .expectNoEvents()
                .expectResultMessagePayload(SyncOutcome.STALE);
    }
}
