package iq.tsh.erp.audit.fold;

import static iq.tsh.erp.audit.fold.Stored.stateOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import iq.tsh.erp.api.DomainEvent;
import iq.tsh.erp.api.customer.CustomerDeleted;
import iq.tsh.erp.api.customer.CustomerId;
import iq.tsh.erp.api.customer.CustomerSynced;
import iq.tsh.erp.api.pricing.PriceListDeleted;
import iq.tsh.erp.api.pricing.PriceListId;
import iq.tsh.erp.api.pricing.PriceListSynced;
import iq.tsh.erp.api.purchase.BillDeleted;
import iq.tsh.erp.api.purchase.BillId;
import iq.tsh.erp.api.purchase.BillSynced;
import iq.tsh.erp.api.sales.CreditNoteDeleted;
import iq.tsh.erp.api.sales.CreditNoteId;
import iq.tsh.erp.api.sales.CreditNoteSynced;
import java.time.Instant;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Customers, credit notes, bills and price lists: Zoho snapshots that overwrite, and deletions until a newer one. */
class DocumentFoldsTest {

    private static final Instant T1 = Instant.parse("2025-05-05T09:00:00Z");
    private static final Instant T2 = Instant.parse("2025-05-06T09:00:00Z");
    private static final Instant T3 = Instant.parse("2025-05-07T09:00:00Z");

    /** One kind of document: a snapshot stated at a time, its deletion, and the field holding its id. */
    record Kind(String idField, String id, Function<Instant, DomainEvent> synced, DomainEvent deleted) {

        @Override
        public String toString() {
            return id;
        }
    }

    static Stream<Kind> kinds() {
        CustomerId customer = CustomerId.ofContact("5128640000000050001");
        CreditNoteId creditNote = CreditNoteId.ofZoho("5128640000000090001");
        BillId bill = BillId.ofBill("5128640000000080001");
        PriceListId priceList = PriceListId.ofPriceBook("5128640000000060001");
        return Stream.of(
                new Kind("customerId", customer.value(), at -> new CustomerSynced(customer, null, at),
                        new CustomerDeleted(customer, T2)),
                new Kind("creditNoteId", creditNote.value(), at -> new CreditNoteSynced(creditNote, null, at),
                        new CreditNoteDeleted(creditNote, T2)),
                new Kind("billId", bill.value(), at -> new BillSynced(bill, null, at), new BillDeleted(bill, T2)),
                new Kind("priceListId", priceList.value(), at -> new PriceListSynced(priceList, null),
                        new PriceListDeleted(priceList)));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aSnapshotIsTheRecordNotDeleted(Kind kind) {
        ObjectNode state = stateOf(kind.synced().apply(T1));

        assertThat(state.get(kind.idField()).asText()).isEqualTo(kind.id());
        assertThat(state.get("deleted").asBoolean()).isFalse();
        assertThat(state.has("voided")).isFalse();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aDeletionMarksItDeleted(Kind kind) {
        ObjectNode state = stateOf(kind.synced().apply(T1), kind.deleted());

        assertThat(state.get(kind.idField()).asText()).isEqualTo(kind.id());
        assertThat(state.get("deleted").asBoolean()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aNewerSnapshotRestoresIt(Kind kind) {
        ObjectNode state = stateOf(kind.synced().apply(T1), kind.deleted(), kind.synced().apply(T3));

        assertThat(state.get("deleted").asBoolean()).isFalse();
    }
}
