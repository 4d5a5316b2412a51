package iq.tsh.erp.app.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Http.Answer;
import iq.tsh.erp.app.Samples;
import iq.tsh.erp.app.Tokens;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A replay rebuilds the read model from the event store into identical rows. */
class ReplayTest extends ApplicationTest {

    private List<Map<String, Object>> snapshot() {
        return jdbc.queryForList("""
                select item_id, name, name_ar, price, stock_on_hand, stock_available, stock_locations::text,
                       deleted, last_sequence from products order by item_id""");
    }

    @Test
    void rebuildsIdenticalTables() {
        http().postJson("/api/zoho/webhooks/products", Samples.withItem("item-created-1.json", "7700000000000000001"));
        http().postJson("/api/zoho/webhooks/products", Samples.withItem("item-updated-1.json", "7700000000000000001"));
        http().postJson("/api/zoho/webhooks/stock",
                Samples.withItems("inventoryadjustment-created-1.json", "7700000000000000001", "7700000000000000002"));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from products where item_id = '7700000000000000001' and last_sequence = 2",
                Long.class) == 1);
        List<Map<String, Object>> before = snapshot();

        Answer replay = http().as(Tokens.ops()).post("/api/zoho/admin/processors/catalog/replay", null, new byte[0]);

        assertThat(replay.status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> snapshot().equals(before));
        assertThat(jdbc.queryForObject("select count(*) from processing_log where action = 'replay-started'",
                Long.class)).isPositive();
    }

    @Test
    void refusesAnUnknownGroup() {
        Answer replay = http().as(Tokens.ops()).post("/api/zoho/admin/processors/nope/replay", null, new byte[0]);

        assertThat(replay.status()).isEqualTo(400);
        assertThat(replay.contentType()).startsWith("application/problem+json");
    }
}
