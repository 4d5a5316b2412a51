package iq.tsh.erp.zoho.catchup;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import iq.tsh.erp.zoho.webhook.WebhookKind;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class CatchUpJobTest {

    private static final Instant MARK = Instant.parse("2025-06-01T08:00:00Z");

    private final FakeZoho zoho = new FakeZoho();
    private final MutableClock clock = new MutableClock(MARK.plus(Duration.ofHours(1)));
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final RecordingSink sink = new RecordingSink();
    private final InMemoryHighWaterMarks marks = new InMemoryHighWaterMarks();

    @AfterEach
    void stop() throws Exception {
        zoho.close();
    }

    private CatchUpJob job(int pageSize) {
        ZohoApiSettings settings = TestSettings.pointingAt(zoho.url(), pageSize, Duration.ZERO);
        HttpClient http = HttpClient.newHttpClient();
        ZohoApiClient client = new ZohoApiClient(http, settings, new AccessTokens(http, settings, clock),
                new Pacer(Duration.ZERO, clock, waits::add), clock);
        return new CatchUpJob(client, sink, marks, clock, Duration.ofDays(1));
    }

    private static Instant minutesAfterMark(int minutes) {
        return MARK.plus(Duration.ofMinutes(minutes));
    }

    private List<RecordedRequest> listRequests(String path) {
        return zoho.apiRequests.stream().filter(r -> r.getRequestUrl().encodedPath().equals(path)).toList();
    }

    @Test
    void followsPagesUntilZohoSaysThereAreNoMore() {
        for (int i = 1; i <= 5; i++) {
            zoho.add(ZohoCollection.ITEMS, "i" + i, minutesAfterMark(i));
        }

        job(2).run();

        assertThat(listRequests("/items")).extracting(r -> r.getRequestUrl().queryParameter("page"))
                .containsExactly("1", "2", "3");
        assertThat(sink.ids(WebhookKind.PRODUCTS)).containsExactly("i5", "i4", "i3", "i2", "i1");
    }

    @Test
    void feedsTheFullRecordOfEachChangedSummary() {
        var item = zoho.add(ZohoCollection.ITEMS, "i1", minutesAfterMark(1));
        var contact = zoho.add(ZohoCollection.CONTACTS, "c1", minutesAfterMark(1));

        job(200).run();

        assertThat(zoho.apiPaths()).contains("/items/i1", "/contacts/c1");
        assertThat(sink.fed).extracting(RecordingSink.Fed::record).containsExactly(item, contact);
        assertThat(sink.fed.get(0).record().has("locations")).isTrue();
        assertThat(sink.fed.get(1).record().has("billing_address")).isTrue();
    }

    @Test
    void asksOnlyForItemsModifiedSinceTheMarkAndMovesIt() {
        marks.save(WebhookKind.PRODUCTS, MARK);
        zoho.add(ZohoCollection.ITEMS, "old", MARK.minus(Duration.ofHours(1)));
        zoho.add(ZohoCollection.ITEMS, "overlap", MARK.minus(Duration.ofMinutes(1)));
        zoho.add(ZohoCollection.ITEMS, "new", minutesAfterMark(10));
        zoho.add(ZohoCollection.ITEMS, "newest", minutesAfterMark(20));

        job(200).run();

        var list = listRequests("/items").get(0).getRequestUrl();
        assertThat(list.queryParameter("last_modified_time")).isEqualTo("2025-06-01T07:58:00+0000");
        assertThat(list.queryParameter("sort_column")).isEqualTo("last_modified_time");
        assertThat(list.queryParameter("sort_order")).isEqualTo("D");
        assertThat(sink.ids(WebhookKind.PRODUCTS)).containsExactly("newest", "new", "overlap");
        assertThat(marks.get(WebhookKind.PRODUCTS)).contains(minutesAfterMark(20));
    }

    @Test
    void firstRunLooksBackOnlyADay() {
        zoho.add(ZohoCollection.ITEMS, "lastWeek", MARK.minus(Duration.ofDays(7)));
        zoho.add(ZohoCollection.ITEMS, "recent", MARK);
        zoho.add(ZohoCollection.CONTACTS, "lastWeek", MARK.minus(Duration.ofDays(7)));
        zoho.add(ZohoCollection.CONTACTS, "recent", MARK);

        job(200).run();

        assertThat(listRequests("/items").get(0).getRequestUrl().queryParameter("last_modified_time"))
                .isEqualTo("2025-05-31T09:00:00+0000");
        assertThat(sink.ids(WebhookKind.PRODUCTS)).containsExactly("recent");
        assertThat(sink.ids(WebhookKind.CUSTOMERS)).containsExactly("recent");
        assertThat(marks.get(WebhookKind.PRODUCTS)).contains(MARK);
    }

    @Test
    void stopsListingContactsOncePastTheMark() {
        marks.save(WebhookKind.CUSTOMERS, MARK);
        for (int i = 1; i <= 3; i++) {
            zoho.add(ZohoCollection.CONTACTS, "new" + i, minutesAfterMark(i));
            zoho.add(ZohoCollection.CONTACTS, "old" + i, MARK.minus(Duration.ofHours(i)));
        }

        job(2).run();

        assertThat(listRequests("/contacts")).extracting(r -> r.getRequestUrl().queryParameter("page"))
                .containsExactly("1", "2");
        assertThat(listRequests("/contacts").get(0).getRequestUrl().queryParameter("last_modified_time")).isNull();
        assertThat(sink.ids(WebhookKind.CUSTOMERS)).containsExactly("new3", "new2", "new1");
        assertThat(marks.get(WebhookKind.CUSTOMERS)).contains(minutesAfterMark(3));
    }

    @Test
    void fetchesOnlyWhatChangedSinceThePreviousRun() {
        zoho.add(ZohoCollection.ITEMS, "i1", minutesAfterMark(1));
        CatchUpJob job = job(200);
        job.run();
        job.run();
        zoho.add(ZohoCollection.ITEMS, "i2", minutesAfterMark(2));
        job.run();

        assertThat(zoho.apiPaths()).filteredOn(path -> path.startsWith("/items/"))
                .containsExactly("/items/i1", "/items/i2");
        assertThat(sink.ids(WebhookKind.PRODUCTS)).containsExactly("i1", "i2");
    }

    @Test
    void waitsOutARateLimitWithoutLosingRecords() {
        for (int i = 1; i <= 3; i++) {
            zoho.add(ZohoCollection.ITEMS, "i" + i, minutesAfterMark(i));
        }
        zoho.failFirst("/items/i2", new MockResponse().setResponseCode(429).setHeader("Retry-After", "7"));

        job(200).run();

        assertThat(waits).containsExactly(Duration.ofSeconds(7));
        assertThat(sink.ids(WebhookKind.PRODUCTS)).containsExactly("i3", "i2", "i1");
        assertThat(marks.get(WebhookKind.PRODUCTS)).contains(minutesAfterMark(3));
    }

    @Test
    void serverErrorEndsTheRunAndTheNextStartsFromTheOldMark() {
        marks.save(WebhookKind.PRODUCTS, MARK);
        for (int i = 1; i <= 3; i++) {
            zoho.add(ZohoCollection.ITEMS, "i" + i, minutesAfterMark(i));
        }
        zoho.failFirst("/items/i2", new MockResponse().setResponseCode(503));
        CatchUpJob job = job(200);

        job.run();

        assertThat(marks.get(WebhookKind.PRODUCTS)).contains(MARK);
        assertThat(listRequests("/contacts")).isEmpty();

        job.run();

        assertThat(sink.ids(WebhookKind.PRODUCTS)).containsExactly("i3", "i3", "i2", "i1");
        assertThat(marks.get(WebhookKind.PRODUCTS)).contains(minutesAfterMark(3));
    }

    @Test
    void networkFailureEndsTheRunWithoutAMark() {
        zoho.add(ZohoCollection.ITEMS, "i1", minutesAfterMark(1));
        MockResponse cut = new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
        zoho.failFirst("/items", cut, cut);

        job(200).run();

        assertThat(sink.fed).isEmpty();
        assertThat(marks.get(WebhookKind.PRODUCTS)).isEmpty();
        assertThat(listRequests("/contacts")).isEmpty();
    }

    @Test
    void refusedRecordDoesNotStopTheRun() {
        for (int i = 1; i <= 3; i++) {
            zoho.add(ZohoCollection.ITEMS, "i" + i, minutesAfterMark(i));
        }
        zoho.add(ZohoCollection.CONTACTS, "c1", minutesAfterMark(1));
        sink.refuse("i2");

        job(200).run();

        assertThat(sink.ids(WebhookKind.PRODUCTS)).containsExactly("i3", "i2", "i1");
        assertThat(sink.ids(WebhookKind.CUSTOMERS)).containsExactly("c1");
        assertThat(marks.get(WebhookKind.PRODUCTS)).contains(minutesAfterMark(3));
    }

    @Test
    void intakeFailureHoldsBackOnlyItsOwnKind() {
        zoho.add(ZohoCollection.ITEMS, "i1", minutesAfterMark(1));
        zoho.add(ZohoCollection.CONTACTS, "c1", minutesAfterMark(1));
        sink.failOn(WebhookKind.PRODUCTS);
        // The failure is expected: its ERROR line is caught here and asserted, not printed into the test log.
        Logger jobLog = (Logger) LoggerFactory.getLogger(CatchUpJob.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        jobLog.addAppender(logged);
        jobLog.setAdditive(false);
        try {
            job(200).run();
        } finally {
            jobLog.detachAppender(logged);
            jobLog.setAdditive(true);
        }

        assertThat(logged.list).singleElement().satisfies(line -> {
            assertThat(line.getLevel()).isEqualTo(Level.ERROR);
            assertThat(line.getFormattedMessage()).isEqualTo("Zoho catch-up of items ended; its mark is kept");
        });
        assertThat(marks.get(WebhookKind.PRODUCTS)).isEmpty();
        assertThat(sink.ids(WebhookKind.CUSTOMERS)).containsExactly("c1");
        assertThat(marks.get(WebhookKind.CUSTOMERS)).contains(minutesAfterMark(1));
    }

    @Test
    void feedsEveryPriceListOnEveryRun() {
        zoho.add(ZohoCollection.PRICE_LISTS, "p1", null);
        zoho.add(ZohoCollection.PRICE_LISTS, "p2", null);
        CatchUpJob job = job(1);

        job.run();
        job.run();

        assertThat(sink.ids(WebhookKind.PRICES)).containsExactly("p1", "p2", "p1", "p2");
        assertThat(sink.fed.get(0).record().has("pricebook_items")).isTrue();
    }

    @Test
    void refreshesAnExpiredTokenBetweenRuns() {
        zoho.add(ZohoCollection.ITEMS, "i1", minutesAfterMark(1));
        CatchUpJob job = job(200);
        job.run();
        clock.advance(Duration.ofHours(1));
        zoho.add(ZohoCollection.ITEMS, "i2", minutesAfterMark(2));

        job.run();

        assertThat(zoho.tokenRequests).hasSize(2);
        assertThat(zoho.apiRequests.get(zoho.apiRequests.size() - 1).getHeader("Authorization"))
                .isEqualTo("Zoho-oauthtoken token-2");
        assertThat(sink.ids(WebhookKind.PRODUCTS)).containsExactly("i1", "i2");
    }
}
