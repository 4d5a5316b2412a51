package iq.tsh.erp.zoho.catchup;

import static org.assertj.core.api.Assertions.assertThat;

import iq.tsh.erp.zoho.webhook.WebhookKind;
import iq.tsh.erp.zoho.webhook.ZohoRecordLookup.Presence;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A delete is confirmed only by Zoho saying the record does not exist; anything unclear is not a confirmation. */
class ZohoApiRecordLookupTest {

    private static final Instant NOW = Instant.parse("2025-06-01T08:00:00Z");

    private final FakeZoho zoho = new FakeZoho();
    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() throws Exception {
        zoho.close();
    }

    private ZohoApiRecordLookup lookup() {
        MutableClock clock = new MutableClock(NOW);
        ZohoApiSettings settings = TestSettings.pointingAt(zoho.url(), 200, Duration.ZERO);
        HttpClient http = HttpClient.newHttpClient();
        return new ZohoApiRecordLookup(new ZohoApiClient(http, settings, new AccessTokens(http, settings, clock),
                new Pacer(Duration.ZERO, clock, waits::add), clock));
    }

    @Test
    void aRecordZohoReturnsIsPresent() {
        zoho.add(ZohoCollection.ITEMS, "1", NOW);

        assertThat(lookup().presence(WebhookKind.PRODUCTS, "1")).isEqualTo(Presence.PRESENT);
        assertThat(zoho.apiPaths()).containsExactly("/items/1");
    }

    @Test
    void notFoundOrZohosDoesNotExistCodeIsGone() {
        zoho.failFirst("/contacts/2", new MockResponse().setResponseCode(400)
                .setBody("{\"code\":1002,\"message\":\"Contact does not exist.\"}"));

        assertThat(lookup().presence(WebhookKind.PRODUCTS, "1")).isEqualTo(Presence.GONE);
        assertThat(lookup().presence(WebhookKind.CUSTOMERS, "2")).isEqualTo(Presence.GONE);
    }

    @Test
    void aFailureOrARateLimitIsUnknownAndIsNotWaitedOut() {
        zoho.add(ZohoCollection.ITEMS, "1", NOW);
        zoho.failFirst("/items/1", new MockResponse().setResponseCode(500).setBody("{\"code\":1000}"),
                new MockResponse().setResponseCode(429).setHeader("Retry-After", "30"));

        assertThat(lookup().presence(WebhookKind.PRODUCTS, "1")).isEqualTo(Presence.UNKNOWN);
        assertThat(lookup().presence(WebhookKind.PRODUCTS, "1")).isEqualTo(Presence.UNKNOWN);
        assertThat(waits).isEmpty();
    }
}
