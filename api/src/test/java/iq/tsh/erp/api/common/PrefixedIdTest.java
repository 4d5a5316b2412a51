package iq.tsh.erp.api.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import iq.tsh.erp.api.address.AddressBookId;
import iq.tsh.erp.api.cart.CartId;
import iq.tsh.erp.api.customer.CustomerId;
import iq.tsh.erp.api.pricing.PriceListId;
import iq.tsh.erp.api.product.ProductId;
import iq.tsh.erp.api.purchase.BillId;
import iq.tsh.erp.api.sales.CreditNoteId;
import iq.tsh.erp.api.sales.InvoiceId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stored events hold these ids as bare strings: the form must never change, whatever the id type. */
class PrefixedIdTest {

    private final ObjectMapper json = new ObjectMapper();

    private static final List<PrefixedId> IDS = List.of(ProductId.ofItem("1"), CustomerId.ofContact("2"),
            InvoiceId.ofZoho("3"), CreditNoteId.ofZoho("4"), BillId.ofBill("5"), PriceListId.ofPriceBook("6"),
            CartId.of("7"), AddressBookId.of("8"));

    @Test
    void everyIdIsWrittenAndReadAsItsBareValue() throws Exception {
        for (PrefixedId id : IDS) {
            String written = json.writeValueAsString(id);
            assertThat(written).isEqualTo("\"" + id.value() + "\"");
            assertThat(json.readValue(written, id.getClass())).isEqualTo(id);
            assertThat(id.toString()).isEqualTo(id.value());
        }
    }

    @Test
    void theIdBehindThePrefixIsTheZohoId() {
        assertThat(ProductId.ofItem("4902000000000000001").itemId()).isEqualTo("4902000000000000001");
        assertThat(CartId.of("c-1").customerId()).isEqualTo("c-1");
        assertThat(PriceListId.ofPriceBook("6").pricebookId()).isEqualTo("6");
    }

    @Test
    void aValueWithoutItsPrefixIsRefused() {
        assertThatThrownBy(() -> new ProductId("contact:1")).hasMessageContaining("expected item:<zoho item_id>");
        assertThatThrownBy(() -> new CartId("cart:")).isInstanceOf(IllegalArgumentException.class);
    }
}
