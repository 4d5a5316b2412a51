package iq.tsh.erp.app.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.flow.HostileBodies.Hostile;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import org.springframework.test.context.TestContextManager;

/**
 * Property: whatever a signed-in (here: unsigned, development mode) sender posts to any webhook kind, the answer is a
 * clear 2xx or 4xx within a bounded time, never a 5xx; the delivery is kept in the inbox (one more row, for its bytes);
 * and a refused delivery stores no event. 1,150 generated deliveries a run over all seven kinds. The seed is printed
 * (one line per property); {@code -Dhostile.seed=<seed>} replays a run.
 *
 * <p>jqwik runs these on the JUnit Platform beside Jupiter; the application is the one Spring context the
 * {@link ApplicationTest}s share, obtained through Spring's {@link TestContextManager}.
 */
@AddLifecycleHook(value = HostileWebhookPropertiesTest.SeedFromSystemProperty.class,
        propagateTo = PropagationMode.DIRECT_DESCENDANTS)
class HostileWebhookPropertiesTest extends ApplicationTest {

    private static final TestContextManager SPRING = new TestContextManager(HostileWebhookPropertiesTest.class);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(30);
    private static final Set<Integer> CLEAR_ANSWERS = Set.of(200, 400, 413, 415, 422);
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeProperty
    void application() throws Exception {
        SPRING.prepareTestInstance(this);
    }

    @Property(tries = 400)
    void hostileValuesInEveryKind(@ForAll("hostileValues") Hostile delivery) throws Exception {
        holdsTheInvariants(delivery);
    }

    @Property(tries = 200)
    void duplicateKeys(@ForAll("duplicateKeys") Hostile delivery) throws Exception {
        assertThat(holdsTheInvariants(delivery)).isEqualTo(400);
    }

    @Property(tries = 100)
    void wrongContentTypes(@ForAll("wrongContentTypes") Hostile delivery) throws Exception {
        int status = holdsTheInvariants(delivery);
        assertThat(status).isIn(delivery.contentType() != null && delivery.contentType().endsWith("+json") ? 200 : 415,
                415);
    }

    @Property(tries = 150)
    void truncatedBodies(@ForAll("truncated") Hostile delivery) throws Exception {
        assertThat(holdsTheInvariants(delivery)).isEqualTo(400);
    }

    @Property(tries = 300)
    void randomlyDamagedSamples(@ForAll("mutated") Hostile delivery) throws Exception {
        holdsTheInvariants(delivery);
    }

    @Provide
    Arbitrary<Hostile> hostileValues() {
        return HostileBodies.hostileValues();
    }

    @Provide
    Arbitrary<Hostile> duplicateKeys() {
        return HostileBodies.duplicateKeys();
    }

    @Provide
    Arbitrary<Hostile> wrongContentTypes() {
        return HostileBodies.wrongContentTypes();
    }

    @Provide
    Arbitrary<Hostile> truncated() {
        return HostileBodies.truncated();
    }

    @Provide
    Arbitrary<Hostile> mutated() {
        return HostileBodies.mutated();
    }

    private long count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Long.class, arguments);
    }

    /** Sends the delivery and checks every invariant; answers the status. */
    private int holdsTheInvariants(Hostile delivery) throws IOException, InterruptedException {
        String sha256 = Sha256.hex(delivery.body());
        long inbox = count("select count(*) from webhook_inbox");
        long sameBytes = count("select count(*) from webhook_inbox where body_sha256 = ?", sha256);
        long events = count("select count(*) from domain_event_entry");

        HttpResponse<String> answer = send(delivery);

        int status = answer.statusCode();
        assertThat(CLEAR_ANSWERS).as("%s answered %d: %s", delivery, status, answer.body()).contains(status);
        JsonNode body = JSON.readTree(answer.body());
        if (status != 200) {
            assertThat(answer.headers().firstValue("Content-Type")).as(delivery.toString())
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(body.path("errors").findValuesAsText("field")).as(delivery.toString())
                    .allSatisfy(field -> assertThat(field).isNotBlank());
            assertThat(count("select count(*) from domain_event_entry")).as(delivery + " refused but stored events")
                    .isEqualTo(events);
        }
        if (status != 413) {
            assertThat(count("select count(*) from webhook_inbox")).as(delivery + " kept once").isEqualTo(inbox + 1);
            assertThat(count("select count(*) from webhook_inbox where body_sha256 = ?", sha256))
                    .as(delivery + " kept under its own bytes").isEqualTo(sameBytes + 1);
        }
        return status;
    }

    private HttpResponse<String> send(Hostile delivery) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/zoho/webhooks/" + delivery.kind()))
                .timeout(ANSWER_WITHIN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body()));
        if (delivery.contentType() != null) {
            request.header("Content-Type", delivery.contentType());
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Takes the seed from {@code -Dhostile.seed} when given, and prints the seed each property ran with. */
    static class SeedFromSystemProperty implements AroundPropertyHook {

        @Override
        public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
            String fixed = System.getProperty("hostile.seed");
            if (fixed != null && !fixed.isBlank()) {
                context.attributes().setSeed(fixed.strip());
            }
            PropertyExecutionResult result = property.execute();
            System.out.println("HostileWebhookPropertiesTest." + context.label() + " ran " + result.countTries()
                    + " tries with seed " + result.seed().orElse("?") + " (replay: -Dhostile.seed="
                    + result.seed().orElse("?") + ")");
            return result;
        }
    }
}
