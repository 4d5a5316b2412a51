package iq.tsh.erp.zoho.catchup;

import com.fasterxml.jackson.databind.JsonNode;
import iq.tsh.erp.zoho.parse.ZohoRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Brings back what lost webhooks missed: items and contacts modified since each kind's high-water mark, and every
 * price list (Zoho gives them no modification time). Lists only find what changed; each record is then fetched in
 * full, because a summary fed to the intake would count as a change and wipe locations, addresses and custom fields.
 * A Zoho failure ends the run; a kind's mark moves only when its pass completes, so the next run starts over from it.
 * A kind without a mark looks back {@code firstRunLookback}; for a backfill, give it an older mark in the table.
 * With several instances, one runs a pass at a time ({@link RunAlone}); the others skip that turn.
 */
class CatchUpJob {

    private static final Logger log = LoggerFactory.getLogger(CatchUpJob.class);
    /** Listed again below the mark: Zoho's clock and late commits may put a change slightly behind it. */
    static final Duration OVERLAP = Duration.ofMinutes(2);
    private static final DateTimeFormatter ZOHO_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ").withZone(ZoneOffset.UTC);

    private final ZohoApiClient zoho;
    private final RecordSink sink;
    private final HighWaterMarks marks;
    private final Clock clock;
    private final Duration firstRunLookback;
    private final RunAlone alone;
    /** The version of each record already fed inside the overlap, so the overlap costs list calls, not fetches. */
    private final Map<ZohoCollection, Map<String, Instant>> fedInOverlap = new EnumMap<>(ZohoCollection.class);

    CatchUpJob(ZohoApiClient zoho, RecordSink sink, HighWaterMarks marks, Clock clock, Duration firstRunLookback) {
        this(zoho, sink, marks, clock, firstRunLookback, RunAlone.HERE);
    }

    CatchUpJob(ZohoApiClient zoho, RecordSink sink, HighWaterMarks marks, Clock clock, Duration firstRunLookback,
               RunAlone alone) {
        this.zoho = zoho;
        this.sink = sink;
        this.marks = marks;
        this.clock = clock;
        this.firstRunLookback = firstRunLookback;
        this.alone = alone;
    }

    @Scheduled(fixedDelayString = "${erp.zoho.api.interval:15m}")
    void run() {
        if (!alone.run(this::pass)) {
            log.debug("Zoho catch-up runs on another instance now; this one skips its turn");
        }
    }

    private void pass() {
        for (ZohoCollection collection : ZohoCollection.values()) {
            try {
                if (collection == ZohoCollection.PRICE_LISTS) {
                    catchUpAll(collection);
                } else {
                    catchUpModified(collection);
                }
            } catch (ZohoApiException e) {
                log.warn("Zoho catch-up ended at {}; marks kept, next run starts from them: {}",
                        collection.path(), e.getMessage());
                return;
            } catch (RuntimeException e) {
                // Our side failed (database, command bus): this kind waits for the next run, the others go on.
                log.error("Zoho catch-up of {} ended; its mark is kept", collection.path(), e);
            }
        }
    }

    private void catchUpModified(ZohoCollection collection) {
        Optional<Instant> mark = marks.get(collection.kind());
        Instant since = mark.map(m -> m.minus(OVERLAP)).orElseGet(() -> clock.instant().minus(firstRunLookback));
        Map<String, String> filters = new LinkedHashMap<>();
        if (collection == ZohoCollection.ITEMS) {
            filters.put("last_modified_time", ZOHO_TIME.format(since));
        }
        filters.put("sort_column", "last_modified_time");
        filters.put("sort_order", "D");
        Map<String, Instant> fedBefore = fedInOverlap.getOrDefault(collection, Map.of());
        Map<String, Instant> fedNow = new HashMap<>();
        Instant newest = mark.orElse(null);
        Counts counts = new Counts();
        pages:
        for (int page = 1; ; page++) {
            ListPage list = zoho.list(collection, filters, page);
            for (JsonNode summary : list.summaries()) {
                ZohoRecord read = ZohoRecord.root(summary);
                Instant modified = read.instant("last_modified_time");
                if (modified != null && modified.isBefore(since)) {
                    break pages;
                }
                String id = read.id(collection.idField());
                if (id == null) {
                    log.warn("Zoho {} page {} lists a record without {}; skipped", collection.path(), page,
                            collection.idField());
                } else if (modified == null || !modified.equals(fedBefore.get(id))) {
                    feed(collection, id, counts);
                }
                if (id != null && modified != null) {
                    fedNow.put(id, modified);
                    newest = newest == null || modified.isAfter(newest) ? modified : newest;
                }
            }
            if (!list.hasMore()) {
                break;
            }
        }
        if (newest != null) {
            marks.save(collection.kind(), newest);
            Instant keepFrom = newest.minus(OVERLAP);
            fedNow.values().removeIf(modified -> modified.isBefore(keepFrom));
            fedInOverlap.put(collection, fedNow);
        }
        log.info("Zoho catch-up of {} since {}: {}; mark now {}", collection.path(), since, counts, newest);
    }

    private void catchUpAll(ZohoCollection collection) {
        Counts counts = new Counts();
        for (int page = 1; ; page++) {
            ListPage list = zoho.list(collection, Map.of(), page);
            for (JsonNode summary : list.summaries()) {
                String id = ZohoRecord.root(summary).id(collection.idField());
                if (id != null) {
                    feed(collection, id, counts);
                }
            }
            if (!list.hasMore()) {
                break;
            }
        }
        log.info("Zoho catch-up of all {}: {}", collection.path(), counts);
    }

    private void feed(ZohoCollection collection, String id, Counts counts) {
        JsonNode record = zoho.fetch(collection, id);
        if (sink.feed(collection.kind(), record)) {
            counts.fed++;
        } else {
            counts.refused++;
            log.warn("Zoho {} {} refused as unusable; kept in the webhook inbox", collection.recordKey(), id);
        }
    }

    /** What a pass did, for its log line. */
    private static final class Counts {
        private int fed;
        private int refused;

        @Override
        public String toString() {
            return fed + " fed, " + refused + " refused";
        }
    }
}
