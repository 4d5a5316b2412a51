package iq.tsh.erp.zoho.catchup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import iq.tsh.erp.zoho.ZohoSamples;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A local Zoho over real HTTP: an accounts server handing out {@code token-1}, {@code token-2}, ... and an Inventory
 * API that lists summaries newest first (filtered by {@code last_modified_time}, paged) and serves full records
 * built from the samples. Chosen requests can be made to fail first.
 */
final class FakeZoho implements AutoCloseable {

    static final String ORGANIZATION = "60012345678";
    private static final DateTimeFormatter ZOHO_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");

    final MockWebServer server = new MockWebServer();
    final List<RecordedRequest> apiRequests = new CopyOnWriteArrayList<>();
    final List<RecordedRequest> tokenRequests = new CopyOnWriteArrayList<>();
    private final Map<ZohoCollection, List<ObjectNode>> records = new EnumMap<>(ZohoCollection.class);
    private final Map<String, Queue<MockResponse>> failuresFirst = new ConcurrentHashMap<>();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private volatile CountDownLatch tokenGate;
    private volatile MockResponse tokenAnswer;

    FakeZoho() {
        for (ZohoCollection collection : ZohoCollection.values()) {
            records.put(collection, new CopyOnWriteArrayList<>());
        }
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                return answer(request);
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI url() {
        return server.url("/").uri();
    }

    /** A full record built from a sample, with this id and modification time. */
    ObjectNode add(ZohoCollection collection, String id, Instant modified) {
        String sample = switch (collection) {
            case ITEMS -> "item-created-1.json";
            case CONTACTS -> "contact-created-1.json";
            case PRICE_LISTS -> "pricebook-created-1.json";
        };
        ObjectNode record = ((ObjectNode) ZohoSamples.recordOf(sample)).deepCopy();
        record.put(collection.idField(), id);
        if (modified != null) {
            record.put("last_modified_time", ZOHO_TIME.format(modified.atOffset(ZoneOffset.ofHours(3))));
        }
        records.get(collection).add(record);
        return record;
    }

    /** The next request to this path (without query) gets these answers before the normal one. */
    void failFirst(String path, MockResponse... answers) {
        failuresFirst.computeIfAbsent(path, p -> new ConcurrentLinkedQueue<>()).addAll(List.of(answers));
    }

    /** Token requests wait for this latch: lets a test hold a refresh in flight. */
    void holdTokens(CountDownLatch gate) {
        this.tokenGate = gate;
    }

    void answerTokensWith(MockResponse answer) {
        this.tokenAnswer = answer;
    }

    List<String> apiPaths() {
        return apiRequests.stream().map(request -> request.getRequestUrl().encodedPath()).toList();
    }

    private MockResponse answer(RecordedRequest request) throws InterruptedException {
        HttpUrl url = request.getRequestUrl();
        if (url.encodedPath().equals("/oauth/v2/token")) {
            tokenRequests.add(request);
            CountDownLatch gate = tokenGate;
            if (gate != null && !gate.await(10, TimeUnit.SECONDS)) {
                return new MockResponse().setResponseCode(500);
            }
            if (tokenAnswer != null) {
                return tokenAnswer;
            }
            return json("{\"access_token\":\"token-" + tokensIssued.incrementAndGet()
                    + "\",\"api_domain\":\"https://www.zohoapis.com\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
        }
        apiRequests.add(request);
        Queue<MockResponse> failures = failuresFirst.get(url.encodedPath());
        MockResponse failure = failures == null ? null : failures.poll();
        if (failure != null) {
            return failure;
        }
        String expected = "Zoho-oauthtoken token-" + tokensIssued.get();
        if (!expected.equals(request.getHeader("Authorization"))) {
            return new MockResponse().setResponseCode(401).setBody("{\"code\":57,\"message\":\"not authorized\"}");
        }
        List<String> segments = url.pathSegments();
        ZohoCollection collection = ZohoCollection.valueOf(switch (segments.get(0)) {
            case "items" -> "ITEMS";
            case "contacts" -> "CONTACTS";
            default -> "PRICE_LISTS";
        });
        return segments.size() == 1 ? list(collection, url) : single(collection, segments.get(1));
    }

    private MockResponse list(ZohoCollection collection, HttpUrl url) {
        String sinceParameter = url.queryParameter("last_modified_time");
        Instant since = sinceParameter == null ? null : OffsetDateTime.parse(sinceParameter, ZOHO_TIME).toInstant();
        List<ObjectNode> matching = new ArrayList<>(records.get(collection).stream()
                .filter(record -> since == null || !modified(record).isBefore(since)).toList());
        if ("last_modified_time".equals(url.queryParameter("sort_column"))) {
            matching.sort(Comparator.comparing(FakeZoho::modified).reversed());
        }
        int page = Integer.parseInt(url.queryParameter("page"));
        int perPage = Integer.parseInt(url.queryParameter("per_page"));
        List<ObjectNode> onPage = matching.subList(Math.min((page - 1) * perPage, matching.size()),
                Math.min(page * perPage, matching.size()));
        ObjectNode answer = ZohoSamples.JSON.createObjectNode().put("code", 0).put("message", "success");
        var list = answer.putArray(collection.path());
        for (ObjectNode record : onPage) {
            ObjectNode summary = list.addObject().put(collection.idField(), record.get(collection.idField()).asText());
            summary.set("name", record.get("name"));
            summary.set("last_modified_time", record.get("last_modified_time"));
        }
        answer.putObject("page_context").put("page", page).put("per_page", perPage)
                .put("has_more_page", page * perPage < matching.size());
        return json(answer.toString());
    }

    private MockResponse single(ZohoCollection collection, String id) {
        return records.get(collection).stream()
                .filter(record -> record.get(collection.idField()).asText().equals(id))
                .findFirst()
                .map(record -> {
                    ObjectNode answer = ZohoSamples.JSON.createObjectNode().put("code", 0).put("message", "success");
                    answer.set(collection.recordKey(), record);
                    return json(answer.toString());
                })
                .orElse(new MockResponse().setResponseCode(404).setBody("{\"code\":1002,\"message\":\"not found\"}"));
    }

    private static Instant modified(JsonNode record) {
        JsonNode time = record.get("last_modified_time");
        return time == null ? Instant.EPOCH : OffsetDateTime.parse(time.asText(), ZOHO_TIME).toInstant();
    }

    static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
