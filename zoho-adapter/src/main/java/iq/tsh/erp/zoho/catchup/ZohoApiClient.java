package iq.tsh.erp.zoho.catchup;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads Zoho Inventory's REST API: list pages and single records. Calls are paced; a 429 is waited out as Zoho
 * asks (or a minute) a few times; a 401 gets one fresh token; anything else unexpected ends the run.
 */
class ZohoApiClient {

    private static final Logger log = LoggerFactory.getLogger(ZohoApiClient.class);
    private static final int MAX_ATTEMPTS = 5;
    private static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofMinutes(1);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** A webhook waits for this answer, and Zoho's webhook gives up after a few seconds. */
    private static final Duration PRESENCE_TIMEOUT = Duration.ofSeconds(10);
    /** Zoho's code for a record that does not exist ({"code":1002,"message":"Invoice does not exist."}). */
    private static final int RECORD_DOES_NOT_EXIST = 1002;

    private final HttpClient http;
    private final ZohoApiSettings settings;
    private final AccessTokens tokens;
    private final Pacer pacer;
    private final Clock clock;

    ZohoApiClient(HttpClient http, ZohoApiSettings settings, AccessTokens tokens, Pacer pacer, Clock clock) {
        this.http = http;
        this.settings = settings;
        this.tokens = tokens;
        this.pacer = pacer;
        this.clock = clock;
    }

    /** One page (from 1) of a collection's summaries, with extra filters and sorting. */
    ListPage list(ZohoCollection collection, Map<String, String> filters, int page) {
        Map<String, String> query = new LinkedHashMap<>(filters);
        query.put("page", Integer.toString(page));
        query.put("per_page", Integer.toString(settings.pageSize()));
        String path = "/" + collection.path();
        JsonNode answer = get(path, query);
        JsonNode list = answer.get(collection.path());
        if (list == null || !list.isArray()) {
            throw new ZohoApiException("GET " + path + " answered without a " + collection.path() + " list");
        }
        List<JsonNode> summaries = new ArrayList<>();
        list.forEach(summaries::add);
        return new ListPage(summaries, answer.path("page_context").path("has_more_page").asBoolean(false));
    }

    /** The full record, as {@code GET /{collection}/{id}} gives it. */
    JsonNode fetch(ZohoCollection collection, String id) {
        String path = "/" + collection.path() + "/" + encode(id);
        JsonNode record = get(path, Map.of()).get(collection.recordKey());
        if (record == null || !record.isObject()) {
            throw new ZohoApiException("GET " + path + " answered without a " + collection.recordKey());
        }
        return record;
    }

    /**
     * Whether Zoho still holds the record: {@code false} when it answers 404 or its "does not exist" code, {@code true}
     * when it returns the record. Anything else throws: a webhook thread asks this, so a rate limit is not waited out.
     */
    boolean holds(String collectionPath, String recordKey, String id) {
        String path = "/" + collectionPath + "/" + encode(id);
        Answer answer = call(uri(path, Map.of()), path, false, PRESENCE_TIMEOUT);
        JsonNode json = answer.json();
        if (answer.status() == 404 || json != null && json.path("code").asInt(0) == RECORD_DOES_NOT_EXIST) {
            return false;
        }
        if (answer.status() / 100 == 2 && json != null && json.path("code").asInt(0) == 0
                && json.path(recordKey).isObject()) {
            return true;
        }
        throw new ZohoApiException("GET " + path + " answered HTTP " + answer.status() + zohoMessage(json));
    }

    private JsonNode get(String path, Map<String, String> query) {
        Answer answer = call(uri(path, query), path, true, TIMEOUT);
        JsonNode json = answer.json();
        if (answer.status() / 100 != 2 || json == null || json.path("code").asInt(0) != 0) {
            throw new ZohoApiException("GET " + path + " answered HTTP " + answer.status() + zohoMessage(json));
        }
        return json;
    }

    /** An HTTP status and the body read as JSON ({@code null} when it is not JSON). */
    private record Answer(int status, JsonNode json) {
    }

    private Answer call(URI uri, String path, boolean waitOutRateLimit, Duration timeout) {
        boolean tokenRenewed = false;
        for (int attempt = 1; ; attempt++) {
            pacer.beforeCall();
            String token = tokens.accessToken();
            HttpResponse<byte[]> response = send(uri, token, path, timeout);
            int status = response.statusCode();
            if (status == 401 && !tokenRenewed) {
                tokens.discard(token);
                tokenRenewed = true;
                continue;
            }
            if (status == 429) {
                Duration wait = retryAfter(response).orElse(DEFAULT_RATE_LIMIT_WAIT);
                if (!waitOutRateLimit || attempt >= MAX_ATTEMPTS || wait.compareTo(LONGEST_WAIT) > 0) {
                    throw new ZohoApiException("GET " + path + " still rate limited (asked to wait " + wait + ")");
                }
                log.info("Zoho rate limit on GET {}: waiting {} before trying again", path, wait);
                pacer.pause(wait);
                continue;
            }
            return new Answer(status, ZohoJson.readOrNull(response.body()));
        }
    }

    private HttpResponse<byte[]> send(URI uri, String token, String path, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Authorization", "Zoho-oauthtoken " + token)
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new ZohoApiException("GET " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ZohoApiException("interrupted during GET " + path, e);
        }
    }

    private URI uri(String path, Map<String, String> query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (settings.organizationId() != null && !settings.organizationId().isBlank()) {
            parameters.put("organization_id", settings.organizationId());
        }
        parameters.putAll(query);
        String queryString = parameters.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        return URI.create(settings.apiBase() + path + (queryString.isEmpty() ? "" : "?" + queryString));
    }

    /** Retry-After in seconds or as an HTTP date. */
    private Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").map(String::strip).flatMap(value -> {
            if (value.matches("\\d{1,9}")) {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
            }
            try {
                Duration until = Duration.between(clock.instant(),
                        ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return Optional.of(until.isNegative() ? Duration.ZERO : until);
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    private static String zohoMessage(JsonNode answer) {
        if (answer == null || !answer.has("message")) {
            return "";
        }
        String message = answer.get("message").asText();
        return " (Zoho code " + answer.path("code").asText() + ": "
                + (message.length() > 200 ? message.substring(0, 200) : message) + ")";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
