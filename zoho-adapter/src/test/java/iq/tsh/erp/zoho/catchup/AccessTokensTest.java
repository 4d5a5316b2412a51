package iq.tsh.erp.zoho.catchup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AccessTokensTest {

    private final FakeZoho zoho = new FakeZoho();
    private final MutableClock clock = new MutableClock(Instant.parse("2025-06-01T08:00:00Z"));
    private final AccessTokens tokens = new AccessTokens(HttpClient.newHttpClient(),
            TestSettings.pointingAt(zoho.url(), 200, Duration.ZERO), clock);

    @AfterEach
    void stop() throws Exception {
        zoho.close();
    }

    @Test
    void fetchesTheTokenOnceAndReusesIt() {
        assertThat(tokens.accessToken()).isEqualTo("token-1");
        assertThat(tokens.accessToken()).isEqualTo("token-1");
        clock.advance(Duration.ofMinutes(54));
        assertThat(tokens.accessToken()).isEqualTo("token-1");
        assertThat(zoho.tokenRequests).hasSize(1);
    }

    @Test
    void asksWithTheRefreshTokenInTheBody() {
        tokens.accessToken();

        var request = zoho.tokenRequests.get(0);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getRequestUrl().query()).isNull();
        assertThat(request.getBody().readUtf8()).isEqualTo("grant_type=refresh_token&client_id=1000.CLIENTID"
                + "&client_secret=" + TestSettings.CLIENT_SECRET + "&refresh_token=" + TestSettings.REFRESH_TOKEN);
    }

    @Test
    void refreshesFiveMinutesBeforeExpiry() {
        tokens.accessToken();
        clock.advance(Duration.ofMinutes(55));

        assertThat(tokens.accessToken()).isEqualTo("token-2");
        assertThat(zoho.tokenRequests).hasSize(2);
    }

    @Test
    void concurrentCallersShareOneRefresh() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        zoho.holdTokens(gate);
        int callers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<String>> answers = IntStream.range(0, callers)
                    .mapToObj(i -> pool.submit(tokens::accessToken)).toList();
            // One refresh is in flight at Zoho and every other caller is queued behind it.
            await().atMost(Duration.ofSeconds(5)).until(() ->
                    zoho.tokenRequests.size() == 1 && tokens.waitingForRefresh() == callers - 1);
            gate.countDown();

            for (Future<String> answer : answers) {
                assertThat(answer.get()).isEqualTo("token-1");
            }
            assertThat(zoho.tokenRequests).hasSize(1);
        } finally {
            gate.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void discardedTokenIsReplacedOnce() {
        String first = tokens.accessToken();
        tokens.discard(first);
        tokens.discard(first);

        assertThat(tokens.accessToken()).isEqualTo("token-2");
        assertThat(zoho.tokenRequests).hasSize(2);
    }

    @Test
    void refusedRefreshNamesZohosErrorButNoSecret() {
        zoho.answerTokensWith(FakeZoho.json("{\"error\":\"invalid_code\"}"));

        assertThatThrownBy(tokens::accessToken)
                .isInstanceOf(ZohoApiException.class)
                .hasMessageContaining("invalid_code")
                .hasMessageNotContaining(TestSettings.CLIENT_SECRET)
                .hasMessageNotContaining(TestSettings.REFRESH_TOKEN);
    }

    @Test
    void waitsAMinuteAfterARefusedRefreshBeforeAskingAgain() {
        zoho.answerTokensWith(FakeZoho.json("{\"error\":\"Access Denied\"}").setResponseCode(400));
        assertThatThrownBy(tokens::accessToken).isInstanceOf(ZohoApiException.class);

        assertThatThrownBy(tokens::accessToken).hasMessageContaining("not asking again yet");
        assertThat(zoho.tokenRequests).hasSize(1);

        zoho.answerTokensWith(null);
        clock.advance(Duration.ofMinutes(1));
        assertThat(tokens.accessToken()).isEqualTo("token-1");
    }
}
