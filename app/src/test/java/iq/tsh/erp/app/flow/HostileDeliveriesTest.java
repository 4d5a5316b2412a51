package iq.tsh.erp.app.flow;

import static org.assertj.core.api.Assertions.assertThat;

import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Http.Answer;
import iq.tsh.erp.app.Samples;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Whatever arrives, the answer is a clear 2xx or 4xx, never a 5xx; every authenticated delivery is kept in the inbox;
 * and nothing that was refused produced an event. Checked over Zoho's hostile samples and 500 mutated deliveries
 * (a fixed seed, so a failure can be replayed).
 */
class HostileDeliveriesTest extends ApplicationTest {

    private static final long SEED = 20_261_128L;
    private static final int MUTATIONS = 500;
    private static final Set<Integer> CLEAR_ANSWERS = Set.of(200, 400, 404, 413, 415, 422);
    private static final List<String[]> SAMPLES = List.of(
            new String[] {"products", "item-created-1.json"},
            new String[] {"products", "item-created-2.json"},
            new String[] {"products", "hostile-wrong-types-item.json"},
            new String[] {"stock", "inventoryadjustment-created-1.json"},
            new String[] {"customers", "contact-created-1.json"},
            new String[] {"customers", "hostile-unicode-contact.json"},
            new String[] {"invoices", "invoice-created-1.json"},
            new String[] {"invoices", "hostile-missing-ids-invoice.json"},
            new String[] {"invoices", "hostile-truncated-invoice.json"},
            new String[] {"credit-notes", "creditnote-created-1.json"},
            new String[] {"bills", "bill-created-1.json"},
            new String[] {"prices", "pricebook-created-1.json"},
            new String[] {"products", "hostile-empty-object.json"},
            new String[] {"products", "hostile-wrong-wrapper.json"});

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** Sends one delivery and checks the invariants; answers the status. */
    private int deliver(String kind, String contentType, byte[] body, String description) {
        long inbox = count("webhook_inbox");
        long events = count("domain_event_entry");

        Answer answer = http().post("/api/zoho/webhooks/" + kind, contentType, body);

        assertThat(CLEAR_ANSWERS).as(description + " answered " + answer.status() + ": " + answer.body())
                .contains(answer.status());
        if (answer.status() != 200) {
            assertThat(answer.contentType()).as(description).startsWith("application/problem+json");
            assertThat(count("domain_event_entry")).as(description + " refused but stored events").isEqualTo(events);
        }
        if (answer.status() != 413) {
            assertThat(count("webhook_inbox")).as(description + " not kept in the inbox").isEqualTo(inbox + 1);
        }
        return answer.status();
    }

    @Test
    void answersEveryHostileSampleClearly() {
        for (String[] sample : SAMPLES) {
            deliver(sample[0], "application/json", Samples.text(sample[1]).getBytes(StandardCharsets.UTF_8), sample[1]);
        }
    }

    @Test
    void refusesAHugeBodyWithoutReadingItAll() {
        String huge = "{\"item\":{\"item_id\":\"1\",\"name\":\"" + "ز".repeat(600_000) + "\"}}";

        assertThat(deliver("products", "application/json", huge.getBytes(StandardCharsets.UTF_8), "huge"))
                .isEqualTo(413);
    }

    @Test
    void survivesFiveHundredMutatedDeliveries() {
        Random random = new Random(SEED);
        int accepted = 0;
        for (int i = 0; i < MUTATIONS; i++) {
            String[] sample = SAMPLES.get(random.nextInt(SAMPLES.size()));
            String mutated = Mutations.mutate(Samples.text(sample[1]), random);
            boolean asForm = random.nextInt(5) == 0;
            byte[] body = (asForm ? "JSONString=" + URLEncoder.encode(mutated, StandardCharsets.UTF_8) : mutated)
                    .getBytes(StandardCharsets.UTF_8);
            String contentType = asForm ? "application/x-www-form-urlencoded" : "application/json";
            accepted += deliver(sample[0], contentType, body, "mutation " + i + " of " + sample[1]) == 200 ? 1 : 0;
        }
        // The mutations must not all be refused at the door: some still reach the aggregates.
        assertThat(accepted).isBetween(1, MUTATIONS - 1);
    }
}
