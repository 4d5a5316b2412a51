package iq.tsh.erp.zoho.catchup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ZohoApiClientTest {

    private static final Instant NOW = Instant.parse("2025-06-01T08:00:00Z");

    private final FakeZoho zoho = new FakeZoho();
    private final MutableClock clock = new MutableClock(NOW);
    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() throws Exception {
        zoho.close();
    }

    private ZohoApiClient client(Duration minRequestInterval) {
        ZohoApiSettings settings = TestSettings.pointingAt(zoho.url(), 200, minRequestInterval);
        HttpClient http = HttpClient.newHttpClient();
        return new ZohoApiClient(http, settings, new AccessTokens(http, settings, clock),
                new Pacer(minRequestInterval, clock, waits::add), clock);
    }

    private static MockResponse rateLimited() {
        return new MockResponse().setResponseCode(429).setBody("{\"code\":44,\"message\":\"too many requests\"}");
    }

    @Test
    void everyCallCarriesTheOrganizationAndTheCachedToken() {
        zoho.add(ZohoCollection.ITEMS, "1", NOW);
        ZohoApiClient client = client(Duration.ZERO);

        client.list(ZohoCollection.ITEMS, Map.of(), 1);
        client.fetch(ZohoCollection.ITEMS, "1");

        assertThat(zoho.apiRequests).hasSize(2).allSatisfy(request -> {
            assertThat(request.getRequestUrl().queryParameter("organization_id")).isEqualTo(FakeZoho.ORGANIZATION);
            assertThat(request.getHeader("Authorization")).isEqualTo("Zoho-oauthtoken token-1");
        });
        assertThat(zoho.tokenRequests).hasSize(1);
    }

    @Test
    void waitsAsLongAsRetryAfterSaysThenRetries() {
        zoho.add(ZohoCollection.ITEMS, "1", NOW);
        zoho.failFirst("/items/1", rateLimited().setHeader("Retry-After", "7"));

        assertThat(client(Duration.ZERO).fetch(ZohoCollection.ITEMS, "1").get("item_id").asText()).isEqualTo("1");
        assertThat(waits).containsExactly(Duration.ofSeconds(7));
        assertThat(zoho.apiPaths()).containsExactly("/items/1", "/items/1");
    }

    @Test
    void readsRetryAfterGivenAsADate() {
        zoho.add(ZohoCollection.ITEMS, "1", NOW);
        String inNinetySeconds = DateTimeFormatter.RFC_1123_DATE_TIME
                .format(NOW.plusSeconds(90).atOffset(ZoneOffset.UTC));
        zoho.failFirst("/items/1", rateLimited().setHeader("Retry-After", inNinetySeconds));

        client(Duration.ZERO).fetch(ZohoCollection.ITEMS, "1");

        assertThat(waits).containsExactly(Duration.ofSeconds(90));
    }

    @Test
    void waitsAMinuteWhenRateLimitedWithoutRetryAfter() {
        zoho.add(ZohoCollection.ITEMS, "1", NOW);
        zoho.failFirst("/items/1", rateLimited());

        client(Duration.ZERO).fetch(ZohoCollection.ITEMS, "1");

        assertThat(waits).containsExactly(Duration.ofMinutes(1));
    }

    @Test
    void givesUpWhenStillRateLimitedAfterFiveAttempts() {
        zoho.add(ZohoCollection.ITEMS, "1", NOW);
        zoho.failFirst("/items/1", rateLimited(), rateLimited(), rateLimited(), rateLimited(), rateLimited());

        assertThatThrownBy(() -> client(Duration.ZERO).fetch(ZohoCollection.ITEMS, "1"))
                .isInstanceOf(ZohoApiException.class).hasMessageContaining("rate limited");
        assertThat(waits).hasSize(4);
    }

    @Test
    void leavesALongRateLimitToTheNextRun() {
        zoho.add(ZohoCollection.ITEMS, "1", NOW);
        zoho.failFirst("/items/1", rateLimited().setHeader("Retry-After", "3600"));

        assertThatThrownBy(() -> client(Duration.ZERO).fetch(ZohoCollection.ITEMS, "1"))
                .isInstanceOf(ZohoApiException.class);
        assertThat(waits).isEmpty();
    }

    @Test
    void getsOneFreshTokenWhenZohoRefusesTheCachedOne() {
        zoho.add(ZohoCollection.ITEMS, "1", NOW);
        zoho.failFirst("/items/1", new MockResponse().setResponseCode(401));

        client(Duration.ZERO).fetch(ZohoCollection.ITEMS, "1");

        assertThat(zoho.tokenRequests).hasSize(2);
        assertThat(zoho.apiRequests.get(1).getHeader("Authorization")).isEqualTo("Zoho-oauthtoken token-2");
    }

    @Test
    void serverErrorIsAFailureWithZohosMessage() {
        zoho.failFirst("/items", FakeZoho.json("{\"code\":9,\"message\":\"maintenance\"}").setResponseCode(503));

        assertThatThrownBy(() -> client(Duration.ZERO).list(ZohoCollection.ITEMS, Map.of(), 1))
                .isInstanceOf(ZohoApiException.class)
                .hasMessageContaining("HTTP 503").hasMessageContaining("maintenance");
        assertThat(zoho.apiRequests).hasSize(1);
    }

    @Test
    void keepsTheMinimumIntervalBetweenCalls() {
        zoho.add(ZohoCollection.ITEMS, "1", NOW);
        ZohoApiClient client = client(Duration.ofMillis(700));

        client.list(ZohoCollection.ITEMS, Map.of(), 1);
        client.fetch(ZohoCollection.ITEMS, "1");
        client.fetch(ZohoCollection.ITEMS, "1");

        // The clock stands still, so each call after the first waits the whole interval.
        assertThat(waits).isEqualTo(Collections.nCopies(2, Duration.ofMillis(700)));
    }

    @Test
    void doesNotWaitWhenTheIntervalHasPassed() {
        zoho.add(ZohoCollection.ITEMS, "1", NOW);
        ZohoApiClient client = client(Duration.ofMillis(700));

        client.fetch(ZohoCollection.ITEMS, "1");
        clock.advance(Duration.ofMillis(500));
        client.fetch(ZohoCollection.ITEMS, "1");
        clock.advance(Duration.ofSeconds(1));
        client.fetch(ZohoCollection.ITEMS, "1");

        assertThat(waits).containsExactly(Duration.ofMillis(200));
    }
}
