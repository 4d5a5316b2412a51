package iq.tsh.erp.app.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Samples;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Units sold per product: invoices count, credit notes take back, drafts and voids count nothing, and a changed
 * invoice moves the totals by its difference only. The sample invoice sells 24, 10 and 12 units of three items.
 */
class ProductSalesTest extends ApplicationTest {

    private static final String A = "4511000000000000001";
    private static final String B = "4511000000000000002";
    private static final String C = "4511000000000000003";

    @Test
    void salesCountNetOfCreditNotesAndVoids() {
        String invoice = "4512000000000000001";
        http().postJson("/api/zoho/webhooks/invoices", sampleInvoice("invoice-created-1.json", invoice));
        awaitSold(A, "24");
        assertThat(sold(B)).isEqualByComparingTo("10");
        assertThat(sold(C)).isEqualByComparingTo("12");
        assertThat(jdbc.queryForList("select item_id from invoice_item_lines where invoice_id = ? order by item_id",
                String.class, invoice)).containsExactly(A, B, C);

        // A redelivered identical invoice is "duplicate": nothing moves. A second invoice adds.
        http().postJson("/api/zoho/webhooks/invoices", sampleInvoice("invoice-created-1.json", invoice));
        String second = "4512000000000000002";
        http().postJson("/api/zoho/webhooks/invoices", sampleInvoice("invoice-created-1.json", second));
        awaitSold(A, "48");

        String creditNote = Samples.text("creditnote-created-1.json").replace("5128640000000005001", "4513000000000000001")
                .replace("5128640000000001001", A).replace("5128640000000003001", invoice);
        http().postJson("/api/zoho/webhooks/credit-notes", creditNote);
        awaitSold(A, "46");

        String voided = sampleInvoice("invoice-created-1.json", second).replace("\"status\": \"sent\"", "\"status\": \"void\"")
                .replace("2025-03-14T10:22:31+0300", "2025-03-14T11:22:31+0300");
        http().postJson("/api/zoho/webhooks/invoices", voided);
        awaitSold(A, "22");
        assertThat(sold(B)).isEqualByComparingTo("10");
        assertThat(jdbc.queryForList("select item_id from invoice_item_lines where invoice_id = ?", String.class, second)).isEmpty();

        http().postJson("/api/zoho/webhooks/invoices", sampleInvoice("invoice-created-1.json", invoice), "X-Erp-Event", "deleted");
        await().atMost(Duration.ofSeconds(20)).until(() -> sold(B).signum() == 0);
        assertThat(sold(A)).as("only the credit note is left").isEqualByComparingTo("-2");
    }

    private String sampleInvoice(String sample, String invoiceId) {
        return Samples.text(sample).replace("5128640000000003001", invoiceId).replace("5128640000000001001", A)
                .replace("5128640000000001002", B).replace("5128640000000001003", C);
    }

    private void awaitSold(String itemId, String expected) {
        await().atMost(Duration.ofSeconds(20)).until(() -> sold(itemId).compareTo(new BigDecimal(expected)) == 0);
    }

    private BigDecimal sold(String itemId) {
        List<BigDecimal> sold = jdbc.queryForList("select quantity_sold from product_sales where item_id = ?",
                BigDecimal.class, itemId);
        return sold.isEmpty() ? BigDecimal.ZERO : sold.get(0);
    }
}
