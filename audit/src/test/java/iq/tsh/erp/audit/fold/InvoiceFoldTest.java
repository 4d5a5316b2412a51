package iq.tsh.erp.audit.fold;

import static iq.tsh.erp.audit.fold.Stored.stateOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import iq.tsh.erp.api.sales.DocumentTotals;
import iq.tsh.erp.api.sales.InvoiceData;
import iq.tsh.erp.api.sales.InvoiceDeleted;
import iq.tsh.erp.api.sales.InvoiceId;
import iq.tsh.erp.api.sales.InvoiceSynced;
import iq.tsh.erp.api.sales.InvoiceVoided;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceFoldTest {

    private static final InvoiceId ID = InvoiceId.ofZoho("5128640000000070001");
    private static final Instant T1 = Instant.parse("2025-05-05T09:00:00Z");
    private static final Instant T2 = Instant.parse("2025-05-06T09:00:00Z");
    private static final Instant T3 = Instant.parse("2025-05-07T09:00:00Z");

    private static InvoiceData invoice(String status) {
        BigDecimal total = new BigDecimal("25000");
        DocumentTotals totals = new DocumentTotals(total, BigDecimal.ZERO, null, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, total, total);
        return new InvoiceData("INV-000101", null, "contact:5128640000000050001", "Ali", status,
                LocalDate.of(2025, 5, 5), LocalDate.of(2025, 6, 4), "IQD", BigDecimal.ONE, List.of(), totals, null);
    }

    private static String status(ObjectNode state) {
        return state.get("invoice").get("status").asText();
    }

    @Test
    void aSentInvoiceIsNeitherVoidedNorDeleted() {
        ObjectNode state = stateOf(new InvoiceSynced(ID, invoice("draft"), T1), new InvoiceSynced(ID, invoice("sent"), T2));

        assertThat(status(state)).isEqualTo("sent");
        assertThat(state.get("invoiceId").asText()).isEqualTo(ID.value());
        assertThat(state.get("voided").asBoolean()).isFalse();
        assertThat(state.get("deleted").asBoolean()).isFalse();
    }

    @Test
    void voidingMarksTheInvoiceVoided() {
        ObjectNode state = stateOf(new InvoiceSynced(ID, invoice("sent"), T1), new InvoiceVoided(ID, invoice("void"), T2));

        assertThat(state.get("voided").asBoolean()).isTrue();
        assertThat(state.get("deleted").asBoolean()).isFalse();
        assertThat(status(state)).isEqualTo("void");
    }

    @Test
    void aLaterVoidSnapshotKeepsItVoided() {
        ObjectNode state = stateOf(new InvoiceVoided(ID, invoice("void"), T1), new InvoiceSynced(ID, invoice("void"), T2));

        assertThat(state.get("voided").asBoolean()).isTrue();
    }

    @Test
    void aDraftAfterTheVoidingIsNoLongerVoided() {
        ObjectNode state = stateOf(new InvoiceVoided(ID, invoice("void"), T1), new InvoiceSynced(ID, invoice("draft"), T2));

        assertThat(state.get("voided").asBoolean()).isFalse();
        assertThat(status(state)).isEqualTo("draft");
    }

    @Test
    void aDeletionKeepsWhatWasKnownAndWhetherItWasVoided() {
        ObjectNode state = stateOf(new InvoiceVoided(ID, invoice("void"), T1), new InvoiceDeleted(ID, T2));

        assertThat(state.get("deleted").asBoolean()).isTrue();
        assertThat(state.get("voided").asBoolean()).isTrue();
        assertThat(status(state)).isEqualTo("void");
        assertThat(state.get("lastModifiedTime").asText()).isEqualTo(T2.toString());
    }

    @Test
    void aDeletionFirstIsDeletedAndNotVoided() {
        ObjectNode state = stateOf(new InvoiceDeleted(ID, T1));

        assertThat(state.get("deleted").asBoolean()).isTrue();
        assertThat(state.get("voided").asBoolean()).isFalse();
    }

    @Test
    void aNewerSnapshotRestoresADeletedInvoice() {
        ObjectNode state = stateOf(new InvoiceSynced(ID, invoice("draft"), T1), new InvoiceDeleted(ID, T2),
                new InvoiceSynced(ID, invoice("sent"), T3));

        assertThat(state.get("deleted").asBoolean()).isFalse();
        assertThat(status(state)).isEqualTo("sent");
    }
}
