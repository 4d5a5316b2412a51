package iq.tsh.erp.zoho.catchup;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Zoho access tokens, cached: Zoho grants at most 10 per refresh token in 10 minutes and then blocks, so a token is
 * reused until 5 minutes before it expires, one thread refreshes while the others wait for its result, and after a
 * failed refresh nobody asks again for a minute.
 */
class AccessTokens {

    private static final Duration REFRESH_EARLY = Duration.ofMinutes(5);
    private static final Duration QUIET_AFTER_FAILURE = Duration.ofMinutes(1);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final ZohoApiSettings settings;
    private final Clock clock;
    private final ReentrantLock refreshing = new ReentrantLock();
    private final AtomicReference<Token> current = new AtomicReference<>();
    private volatile Instant failedAt;

    AccessTokens(HttpClient http, ZohoApiSettings settings, Clock clock) {
        this.http = http;
        this.settings = settings;
        this.clock = clock;
    }

    /** A token good for at least a few more minutes, refreshed first when needed. */
    String accessToken() {
        Token token = current.get();
        if (token != null && token.usable(clock.instant())) {
            return token.value();
        }
        refreshing.lock();
        try {
            token = current.get();
            if (token != null && token.usable(clock.instant())) {
                return token.value();
            }
            if (failedAt != null && clock.instant().isBefore(failedAt.plus(QUIET_AFTER_FAILURE))) {
                throw new ZohoApiException("the last token refresh failed under a minute ago; not asking again yet");
            }
            try {
                token = refresh();
            } catch (ZohoApiException e) {
                failedAt = clock.instant();
                throw e;
            }
            failedAt = null;
            current.set(token);
            return token.value();
        } finally {
            refreshing.unlock();
        }
    }

    /** The API refused this token (revoked, or expired early): the next caller refreshes. */
    void discard(String value) {
        Token token = current.get();
        if (token != null && token.value().equals(value)) {
            current.compareAndSet(token, null);
        }
    }

    /** Threads waiting while another refreshes; tests use it to prove a refresh is single-flight. */
    int waitingForRefresh() {
        return refreshing.getQueueLength();
    }

    private Token refresh() {
        // In the body, not the query string: URLs end up in access logs, bodies do not.
        String form = "grant_type=refresh_token&client_id=" + encode(settings.clientId())
                + "&client_secret=" + encode(settings.clientSecret())
                + "&refresh_token=" + encode(settings.refreshToken());
        HttpRequest request = HttpRequest.newBuilder(settings.tokenUrl())
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
                .build();
        Instant askedAt = clock.instant();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new ZohoApiException("token refresh failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ZohoApiException("interrupted during token refresh", e);
        }
        int status = response.statusCode();
        JsonNode answer = ZohoJson.readOrNull(response.body());
        JsonNode accessToken = answer == null ? null : answer.get("access_token");
        if (status != 200 || accessToken == null || !accessToken.isTextual() || accessToken.asText().isBlank()) {
            // Zoho answers a bad refresh token with 200 and {"error":"invalid_code"}; the error code is no secret.
            JsonNode error = answer == null ? null : answer.get("error");
            throw new ZohoApiException("token refresh refused: HTTP " + status + ", "
                    + (error == null ? "no access_token" : error.asText()));
        }
        return new Token(accessToken.asText(), askedAt.plusSeconds(expiresInSeconds(answer)));
    }

    private static long expiresInSeconds(JsonNode answer) {
        // Older accounts servers put milliseconds in expires_in and the seconds in expires_in_sec.
        JsonNode seconds = answer.has("expires_in_sec") ? answer.get("expires_in_sec") : answer.get("expires_in");
        return seconds != null && seconds.canConvertToLong() && seconds.asLong() > 0 ? seconds.asLong() : 3600;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** An access token and when it stops working; never printed. */
    private record Token(String value, Instant expiresAt) {

        boolean usable(Instant now) {
            return now.isBefore(expiresAt.minus(REFRESH_EARLY));
        }

        @Override
        public String toString() {
            return "Token[expiresAt=" + expiresAt + "]";
        }
    }
}
