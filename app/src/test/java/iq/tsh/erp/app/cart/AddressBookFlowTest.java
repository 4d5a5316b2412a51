package iq.tsh.erp.app.cart;

import static iq.tsh.erp.app.cart.Shopping.assertProblem;
import static iq.tsh.erp.app.cart.Shopping.delete;
import static iq.tsh.erp.app.cart.Shopping.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import iq.tsh.erp.api.address.AddressBookView;
import iq.tsh.erp.api.address.FindAddresses;
import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Http.Answer;
import iq.tsh.erp.app.Http;
import iq.tsh.erp.app.Tokens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A customer's address book over HTTP: defaults, ordering, Iraqi phone numbers, limits and refusals. */
class AddressBookFlowTest extends ApplicationTest {

    private static final String ADDRESSES = "/api/mobile/addresses";

    @Autowired
    private QueryGateway queryGateway;

    @Autowired
    private EventProcessingConfiguration processing;

    private Http customer(String customerId) {
        return http().as(Tokens.customer(customerId));
    }

    static String address(String label, String phone, String extra) {
        return """
                {"label": "%s", "recipientName": "حيدر السعدي", "phone": "%s", "line1": "شارع الكرادة داخل",
                 "city": "بغداد", "region": "Baghdad"%s}""".formatted(label, phone, extra);
    }

    private static List<String> labels(Answer list) {
        List<String> labels = new ArrayList<>();
        list.json().get("items").forEach(a -> labels.add(a.get("label").asText()));
        return labels;
    }

    @Test
    void keepsDefaultsAndListsDefaultShippingThenBillingThenNewest() {
        Http me = customer(Shopping.newCustomerId());
        assertThat(me.get(ADDRESSES).json().get("items")).isEmpty();

        Answer home = me.postJson(ADDRESSES, address("Home", "0770 123 4567", ""));
        assertThat(home.status()).as(home.body()).isEqualTo(201);
        String homeId = home.json().get("id").asText();
        assertThat(home.contentType()).startsWith("application/json");
        assertThat(home.json().get("phone").asText()).isEqualTo("+9647701234567");
        assertThat(home.json().get("country").asText()).as("Iraq by default").isEqualTo("IQ");
        assertThat(home.json().get("defaultShipping").booleanValue()).as("the first address").isTrue();
        assertThat(home.json().get("defaultBilling").booleanValue()).isTrue();

        Answer work = me.postJson(ADDRESSES, address("Work", "+9647801112233", ", \"defaultBilling\": true"));
        String workId = work.json().get("id").asText();
        assertThat(work.json().get("defaultBilling").booleanValue()).isTrue();
        assertThat(work.json().get("defaultShipping").booleanValue()).isFalse();
        me.postJson(ADDRESSES, address("Shop", "07501234567", ""));
        me.postJson(ADDRESSES, address("Newest", "07501234568", ""));

        assertThat(labels(me.get(ADDRESSES))).containsExactly("Home", "Work", "Newest", "Shop");

        Answer changed = put(me, ADDRESSES + "/" + workId,
                address("Office", "07801112233", ", \"line2\": \"floor 3\", \"defaultShipping\": true"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("line2").asText()).isEqualTo("floor 3");
        assertThat(changed.json().get("defaultShipping").booleanValue()).isTrue();
        assertThat(labels(me.get(ADDRESSES))).as("the old default shipping is no longer first")
                .containsExactly("Office", "Newest", "Shop", "Home");

        Answer removed = delete(me, ADDRESSES + "/" + workId);
        assertThat(removed.status()).isEqualTo(204);
        JsonNode after = me.get(ADDRESSES).json().get("items");
        assertThat(after.get(0).get("label").asText()).as("defaults pass to the most recent address left")
                .isEqualTo("Newest");
        assertThat(after.get(0).get("defaultShipping").booleanValue()).isTrue();
        assertThat(after.get(0).get("defaultBilling").booleanValue()).isTrue();
        assertThat(labels(me.get(ADDRESSES))).containsExactly("Newest", "Shop", "Home");

        assertProblem(delete(me, ADDRESSES + "/" + workId), 404, null);
        assertProblem(put(me, ADDRESSES + "/" + workId, address("Gone", "07701234567", "")), 404, null);
        assertProblem(put(me, ADDRESSES + "/not-an-id", address("Gone", "07701234567", "")), 404, null);
        assertThat(labels(me.get(ADDRESSES))).contains("Home").doesNotContain("Gone");
        assertThat(homeId).isNotBlank();
    }

    @Test
    void seesItsOwnWritesAtOnceAndTheProjectionCatchesUp() {
        String customerId = Shopping.newCustomerId();
        Http me = customer(customerId);
        for (int i = 1; i <= 10; i++) {
            Answer added = me.postJson(ADDRESSES, address("A" + i, "07701234567", ""));
            assertThat(labels(me.get(ADDRESSES))).as("GET right after POST %d", i).hasSize(i).contains("A" + i);
            String id = added.json().get("id").asText();
            put(me, ADDRESSES + "/" + id, address("B" + i, "07701234567", ""));
            assertThat(labels(me.get(ADDRESSES))).as("GET right after PUT %d", i).contains("B" + i)
                    .doesNotContain("A" + i);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from addresses where customer_id = ?", Integer.class, customerId) == 10);
        AddressBookView forCheckout = queryGateway.query(new FindAddresses(customerId), AddressBookView.class).join();
        assertThat(forCheckout.addresses()).hasSize(10);
        assertThat(forCheckout.addresses().get(0).details().label()).as("the first address is the default").isEqualTo("B1");
        assertThat(forCheckout.addresses().get(1).details().label()).as("then the newest").isEqualTo("B10");
    }

    @Test
    void answersAChangeOnlyOnceTheReadModelHoldsIt() throws Exception {
        String customerId = Shopping.newCustomerId();
        Http me = customer(customerId);
        me.postJson(ADDRESSES, address("First", "07701234567", ""));
        StreamingEventProcessor projection = processing
                .eventProcessor("storefront-customers", StreamingEventProcessor.class).orElseThrow();
        projection.shutDown();
        CompletableFuture<Answer> adding;
        try {
            adding = CompletableFuture.supplyAsync(() ->
                    me.postJson(ADDRESSES, address("Second", "07701234567", ", \"defaultShipping\": true")));
            // First (added, both defaults) is 3 events; Second and its default shipping make 5.
            await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                    "select count(*) from domain_event_entry where aggregate_identifier = ?", Integer.class,
                    "addressbook:" + customerId) == 5);
            assertThat(jdbc.queryForObject("select count(*) from addresses where customer_id = ?", Integer.class,
                    customerId)).as("the table really stood still when the book changed").isEqualTo(1);
        } finally {
            projection.start();
        }
        Answer added = adding.get(20, TimeUnit.SECONDS);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("defaultShipping").booleanValue()).isTrue();
        assertThat(labels(me.get(ADDRESSES))).containsExactly("Second", "First");
    }

    @Test
    void normalisesIraqiMobileNumbersAndRefusesOthers() {
        Http me = customer(Shopping.newCustomerId());
        for (String phone : new String[] {"+9647701234567", "07701234567", "+964 770 123 4567", "٠٧٧٠١٢٣٤٥٦٧"}) {
            Answer answer = me.postJson(ADDRESSES, address("Home", phone, ""));
            assertThat(answer.status()).as(phone).isEqualTo(201);
            assertThat(answer.json().get("phone").asText()).isEqualTo("+9647701234567");
        }
        for (String phone : new String[] {"12345", "+4915112345678", "0770123456", "+96477012345678", ""}) {
            assertProblem(me.postJson(ADDRESSES, address("Home", phone, "")), 400, "phone");
        }
    }

    @Test
    void refusesMissingAndWrongFieldsNamingThem() {
        Http me = customer(Shopping.newCustomerId());
        assertProblem(me.postJson(ADDRESSES, "{\"phone\": \"07701234567\", \"line1\": \"x\", \"city\": \"Basra\"}"),
                400, "recipientName");
        assertProblem(me.postJson(ADDRESSES, "{\"recipientName\": \"Ali\", \"line1\": \"x\", \"city\": \"Basra\"}"),
                400, "phone");
        assertProblem(me.postJson(ADDRESSES, address("Home", "07701234567", ", \"city\": null")), 400, "city");
        assertProblem(me.postJson(ADDRESSES, address("Home", "07701234567", ", \"country\": \"Iraq\"")), 400, "country");
        assertProblem(me.postJson(ADDRESSES, address("Home", "07701234567", ", \"defaultShipping\": \"yes\"")), 400,
                "defaultShipping");
        assertProblem(me.postJson(ADDRESSES, "{\"recipientName\": "), 400, "body");
        assertThat(me.get(ADDRESSES).json().get("items")).as("nothing was saved").isEmpty();
    }

    @Test
    void holdsAtMostTwentyAddresses() {
        Http me = customer(Shopping.newCustomerId());
        for (int i = 0; i < 20; i++) {
            assertThat(me.postJson(ADDRESSES, address("A" + i, "07701234567", "")).status()).isEqualTo(201);
        }
        assertProblem(me.postJson(ADDRESSES, address("One too many", "07701234567", "")), 409, null);
        assertThat(me.get(ADDRESSES).json().get("items")).hasSize(20);
    }
}
