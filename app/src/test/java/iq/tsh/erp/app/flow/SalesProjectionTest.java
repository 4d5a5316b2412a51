package iq.tsh.erp.app.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Samples;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sales processing group keeps invoices as Zoho last stated them, voids and deletes included. */
class SalesProjectionTest extends ApplicationTest {

    private Map<String, Object> invoice(String id) {
        return jdbc.queryForMap("select number, status, total, balance, jsonb_array_length(lines) as lines, deleted "
                + "from invoices where invoice_id = ?", id);
    }

    @Test
    void projectsInvoicesAndFollowsTheirChanges() {
        String created = Samples.text("invoice-created-1.json").replace("5128640000000003001", "7900000000000000001");
        String updated = Samples.text("invoice-updated-1.json").replace("5128640000000003001", "7900000000000000001");
        http().postJson("/api/zoho/webhooks/invoices", created);
        http().postJson("/api/zoho/webhooks/invoices", updated);

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from invoices where invoice_id = '7900000000000000001' and last_sequence = 1",
                Long.class) == 1);
        Map<String, Object> row = invoice("7900000000000000001");
        assertThat(row.get("number")).isEqualTo("INV-000871");
        assertThat((java.math.BigDecimal) row.get("total")).isEqualByComparingTo("1173800");
        assertThat((java.math.BigDecimal) row.get("balance")).isEqualByComparingTo("673800");
        assertThat((Integer) row.get("lines")).isPositive();

        http().postJson("/api/zoho/webhooks/invoices", updated, "X-Erp-Event", "deleted");
        await().atMost(Duration.ofSeconds(20)).until(() -> (Boolean) invoice("7900000000000000001").get("deleted"));
    }
}
