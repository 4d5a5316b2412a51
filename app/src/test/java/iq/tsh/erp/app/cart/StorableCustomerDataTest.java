package iq.tsh.erp.app.cart;

import static iq.tsh.erp.app.cart.Shopping.assertProblem;
import static iq.tsh.erp.app.cart.Shopping.patch;
import static iq.tsh.erp.app.cart.Shopping.put;
import static org.assertj.core.api.Assertions.assertThat;

import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Http;
import iq.tsh.erp.app.Http.Answer;
import iq.tsh.erp.app.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Cart and address bodies holding what the event store and the read tables cannot hold (NUL, lone surrogates,
 * numbers past StorableValues, a key given twice) are refused with the field named, and no event is stored: once
 * stored, such a value would stop the customer-data projection for good.
 */
class StorableCustomerDataTest extends ApplicationTest {

    private static final String ADDRESSES = "/api/mobile/addresses";

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }

    private static String address(String line1) {
        return """
                {"recipientName": "حيدر", "phone": "07701234567", "line1": "%s", "city": "بغداد"}""".formatted(line1);
    }

    @Test
    void refusesAnAddressLineWithNulOrBrokenUnicode() {
        Http me = http().as(Tokens.customer(Shopping.newCustomerId()));
        Answer kept = me.postJson(ADDRESSES, address("شارع الكرادة"));
        assertThat(kept.status()).as(kept.body()).isEqualTo(201);
        long before = events();

        assertProblem(me.postJson(ADDRESSES, address("street\\u0000 7")), 400, "line1");
        assertProblem(me.postJson(ADDRESSES, address("street \\ud83d")), 400, "line1");
        assertProblem(put(me, ADDRESSES + "/" + kept.json().get("id").asText(), address("\\u0000")), 400, "line1");
        assertProblem(me.postJson(ADDRESSES, """
                {"recipientName": "a", "recipientName": "b", "phone": "07701234567", "line1": "x", "city": "y"}"""),
                400, "recipientName");
        assertProblem(me.postJson(ADDRESSES, address("x").replace("}", ", \"label\\u0000\": 1}")), 400, "label");

        assertThat(events()).isEqualTo(before);
        assertThat(me.get(ADDRESSES).json().get("items")).hasSize(1);
    }

    @Test
    void refusesACartQuantityGivenTwice() {
        String item = new Shopping(http()).listedProduct();
        Http me = http().as(Tokens.customer(Shopping.newCustomerId()));
        assertThat(Shopping.add(me, item, 1).status()).isEqualTo(201);
        long before = events();

        Answer twice = me.postJson("/api/mobile/cart/items",
                "{\"productId\": \"" + item + "\", \"quantity\": 1, \"quantity\": 900}");
        assertProblem(twice, 400, "quantity");
        assertThat(twice.json().get("errors").get(0).get("message").asText()).contains("more than once");
        assertProblem(patch(me, "/api/mobile/cart/items/" + item, "{\"quantity\": 2, \"quantity\": 3}"), 400, "quantity");
        assertProblem(me.postJson("/api/mobile/cart/items", "{\"productId\": \"" + item + "\", \"quantity\": 1e10000000}"),
                400, "quantity");
        assertProblem(me.postJson("/api/mobile/cart/items", "{\"productId\": \"" + item + "\\u0000\", \"quantity\": 1}"),
                400, "productId");

        assertThat(events()).isEqualTo(before);
        assertThat(me.get("/api/mobile/cart").json().get("items").get(0).get("quantity").asInt()).isEqualTo(1);
    }
}
