package iq.tsh.erp.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import iq.tsh.erp.app.Tokens;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** The products read model against a rebuild of it from the event store: equal means nothing applied twice or missed. */
final class Rebuild {

    private static final String COLUMNS = "item_id, name, price, stock_on_hand, stock_available, status, last_sequence";

    private Rebuild() {
    }

    static void assertProductsEqualARebuild(Node node, JdbcTemplate jdbc) throws Exception {
        List<Map<String, Object>> before = products(jdbc);
        assertThat(node.post("/api/zoho/admin/processors/catalog/replay", Tokens.ops()).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(120)).until(() -> products(jdbc).equals(before));
    }

    private static List<Map<String, Object>> products(JdbcTemplate jdbc) {
        return jdbc.queryForList("select " + COLUMNS + " from products order by item_id");
    }
}
