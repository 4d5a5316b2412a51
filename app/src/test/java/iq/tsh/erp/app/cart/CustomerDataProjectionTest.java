package iq.tsh.erp.app.cart;

import static iq.tsh.erp.app.cart.Shopping.add;
import static iq.tsh.erp.app.cart.Shopping.delete;
import static iq.tsh.erp.app.cart.Shopping.line;
import static iq.tsh.erp.app.cart.Shopping.patch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Http;
import iq.tsh.erp.app.Http.Answer;
import iq.tsh.erp.app.Tokens;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The cart and address tables: rebuilt identically by a replay, and correct under concurrent taps. */
class CustomerDataProjectionTest extends ApplicationTest {

    private List<Map<String, Object>> tables(String customerId) {
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        rows.addAll(jdbc.queryForList("select * from carts where customer_id = ?", customerId));
        rows.addAll(jdbc.queryForList("select * from cart_items where customer_id = ? order by item_id", customerId));
        rows.addAll(jdbc.queryForList("select * from address_books where customer_id = ?", customerId));
        rows.addAll(jdbc.queryForList("select * from addresses where customer_id = ? order by address_id", customerId));
        return rows;
    }

    private boolean caughtUp(String customerId) {
        return jdbc.queryForObject("""
                select (select coalesce(max(sequence_number), -1) from domain_event_entry where aggregate_identifier = ?)
                     = (select coalesce(max(last_sequence), -1) from carts where customer_id = ?)
                   and (select coalesce(max(sequence_number), -1) from domain_event_entry where aggregate_identifier = ?)
                     = (select coalesce(max(last_sequence), -1) from address_books where customer_id = ?)""",
                Boolean.class, "cart:" + customerId, customerId, "addressbook:" + customerId, customerId);
    }

    @Test
    void aReplayRebuildsIdenticalRows() {
        Shopping shopping = new Shopping(http());
        String oil = shopping.listedProduct();
        String tea = shopping.listedProduct();
        String customerId = Shopping.newCustomerId();
        Http me = http().as(Tokens.customer(customerId));
        add(me, oil, 2);
        add(me, tea, 1);
        add(me, oil, 1);
        patch(me, "/api/mobile/cart/items/" + tea, "{\"quantity\": 4}");
        String home = me.postJson("/api/mobile/addresses", AddressBookFlowTest.address("Home", "07701234567", ""))
                .json().get("id").asText();
        me.postJson("/api/mobile/addresses", AddressBookFlowTest.address("Work", "07701234568", ""));
        me.postJson("/api/mobile/addresses", AddressBookFlowTest.address("Shop", "07701234569", ""));
        delete(me, "/api/mobile/addresses/" + home);
        await().atMost(Duration.ofSeconds(20)).until(() -> caughtUp(customerId));
        List<Map<String, Object>> before = tables(customerId);
        assertThat(before).hasSize(6);
        // Damage the rows by hand: only a rebuild from the events can bring them back.
        jdbc.update("update cart_items set quantity = 998 where customer_id = ?", customerId);
        jdbc.update("delete from addresses where customer_id = ?", customerId);

        Answer replay = http().as(Tokens.ops()).post("/api/zoho/admin/processors/storefront-customers/replay", null,
                new byte[0]);

        assertThat(replay.status()).as(replay.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> tables(customerId).equals(before));
    }

    @Test
    void concurrentAddsToOneCartAllCount() throws Exception {
        String oil = new Shopping(http()).listedProduct();
        String customerId = Shopping.newCustomerId();
        Http me = http().as(Tokens.customer(customerId));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<Answer>> taps = IntStream.range(0, 24)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> add(me, oil, 1), pool)).toList();
            assertThat(taps.stream().map(CompletableFuture::join).map(Answer::status)).allMatch(s -> s == 200 || s == 201);
        } finally {
            pool.shutdown();
        }
        assertThat(line(me.get("/api/mobile/cart").json(), oil).get("quantity").intValue()).isEqualTo(24);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList(
                "select quantity from cart_items where customer_id = ?", Integer.class, customerId).equals(List.of(24)));
    }
}
