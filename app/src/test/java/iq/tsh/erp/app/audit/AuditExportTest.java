package iq.tsh.erp.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Tokens;
import iq.tsh.erp.audit.EventTable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Exports stream from the database to the client: a huge one in bounded memory, CSV quoted, a failure never hidden. */
class AuditExportTest extends ApplicationTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MIB = 1024 * 1024;

    /** Every call to the audit API goes through here (the one place to add the auditor's credentials). */
    private HttpResponse<InputStream> audit(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + Tokens.auditor()).GET().build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String text(HttpResponse<InputStream> response) throws IOException {
        try (InputStream body = response.body()) {
            return new String(body.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    private long position() {
        return jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
    }

    /** {@code count} events of one generated aggregate, payloads of about {@code size} bytes, a millisecond apart. */
    private void generate(String aggregateId, String payloadType, int count, int size) {
        jdbc.update("""
                insert into domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                    meta_data, payload, payload_type, time_stamp)
                select ?, n, 'Generated', ? || n,
                    convert_to('{"correlationId":"generated-' || n || '","subject":"generator"}', 'UTF8'),
                    convert_to('{"n":' || n || ',"amount":' || n || '.50,"note":"' || repeat('x', ?) || '"}', 'UTF8'),
                    ?, to_char(timestamp '2002-01-01' + n * interval '1 millisecond', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
                from generate_series(0, ? - 1) n""", aggregateId, UUID.randomUUID() + "-", size, payloadType, count);
    }

    @Test
    void streamsTwoHundredThousandEventsWithoutHoldingThemInMemory() throws Exception {
        int total = 200_000;
        long position = position();
        generate("bulk:" + UUID.randomUUID(), "iq.tsh.erp.audit.test.BulkRecorded", total, 600);
        long lastIndex = position();
        // The projections walk past the generated events (they skip types they do not handle): wait for them, so
        // the measurement is the export's alone and the application is left as found for the other tests.
        long generated = System.nanoTime();
        await().atMost(Duration.ofMinutes(3)).until(() -> projectionsPassed(lastIndex));
        long projectionsNanos = System.nanoTime() - generated;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();

        long start = System.nanoTime();
        HttpResponse<InputStream> response = audit("/api/audit/events/export?format=ndjson&type=BulkRecorded&after="
                + position);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "Content-Type")).startsWith("application/x-ndjson");
        assertThat(header(response, "Content-Disposition")).contains("filename=\"audit-events.ndjson\"");
        long lines = 0;
        long bytes = 0;
        long heapMidway = 0;
        long firstLineNanos = 0;
        String first = null;
        String last = null;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (++lines == 1) {
                    firstLineNanos = System.nanoTime() - start;
                    first = line;
                    // Not reading on holds the server up, but not its database cursor: still open mid-result.
                    assertThat(exportCursorsOpen()).as("the export's query is still being read").isOne();
                } else if (lines == total / 2) {
                    // Half sent: had the server read the whole result first, it would all be on the heap now.
                    System.gc();
                    heapMidway = memory.getHeapMemoryUsage().getUsed();
                }
                bytes += line.length() + 1;
                last = line;
            }
        }
        long totalNanos = System.nanoTime() - start;

        assertThat(lines).isEqualTo(total);
        JsonNode firstEvent = JSON.readTree(first);
        assertThat(firstEvent.get("type").asText()).isEqualTo("BulkRecorded");
        assertThat(firstEvent.get("globalIndex").asLong()).isEqualTo(position + 1);
        assertThat(firstEvent.get("payload").get("n").asInt()).isZero();
        assertThat(firstEvent.get("metadata").get("correlationId").asText()).isEqualTo("generated-0");
        assertThat(first).contains("\"amount\":0.50");
        JsonNode lastEvent = JSON.readTree(last);
        assertThat(lastEvent.get("payload").get("n").asInt()).isEqualTo(total - 1);
        assertThat(lastEvent.get("globalIndex").asLong()).isEqualTo(lastIndex);
        assertThat(bytes).as("the export is large enough for the memory bound to mean something")
                .isGreaterThan(120 * MIB);
        long heapGrowth = heapMidway - heapBefore;
        assertThat(heapGrowth).as("heap held halfway through the export").isLessThan(48 * MIB);
        assertThat(firstLineNanos).as("the first line comes long before the last").isLessThan(totalNanos / 2);
        System.out.printf("AUDIT-EXPORT %d events, %d MiB in %d ms (%d events/s, %d MiB/s); first line after %d ms;"
                        + " heap before %d MiB, halfway %d MiB (growth %+d MiB); projections skipped them in %d ms%n", lines, bytes / MIB,
                totalNanos / 1_000_000, lines * 1_000_000_000L / totalNanos, bytes * 1_000_000_000L / totalNanos / MIB,
                firstLineNanos / 1_000_000, heapBefore / MIB, heapMidway / MIB, heapGrowth / MIB,
                projectionsNanos / 1_000_000);
    }

    /** Sessions in the middle of reading the event stream's export query (another session than this one). */
    private long exportCursorsOpen() {
        return jdbc.queryForObject("""
                select count(*) from pg_stat_activity
                where pid <> pg_backend_pid() and state in ('active', 'idle in transaction')
                  and query like '%convert_from(payload%where global_index > $1%'""", Long.class);
    }

    private boolean projectionsPassed(long index) {
        List<String> tokens = jdbc.queryForList("select convert_from(token, 'UTF8') from token_entry"
                + " where processor_name = 'catalog'", String.class);
        return !tokens.isEmpty() && tokens.stream().allMatch(token -> {
            try {
                JsonNode at = token == null ? null : JSON.readTree(token).findValue("index");
                return at != null && at.asLong() >= index;
            } catch (IOException e) {
                return false;
            }
        });
    }

    @Test
    void quotesCsvFieldsAndKeepsThemExact() throws Exception {
        String aggregateId = "tricky:" + UUID.randomUUID();
        String subject = "auditor, \"chief\"\nsecond line";
        String payload = "{\"note\":\"He said \\\"hello, world\\\"\",\"nameAr\":\"زيت زيتون\",\"amount\":18500.50}";
        for (int sequence = 0; sequence < 2; sequence++) {
            jdbc.update("""
                    insert into domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                        meta_data, payload, payload_type, time_stamp)
                    values (?, ?, 'Tricky', ?, convert_to(?, 'UTF8'), convert_to(?, 'UTF8'),
                        'iq.tsh.erp.audit.test.TrickyNoted', '2003-04-05T06:07:08.009Z')""",
                    aggregateId, sequence, UUID.randomUUID().toString(),
                    JSON.createObjectNode().put("subject", subject).put("correlationId", "corr-" + sequence).toString(),
                    payload);
        }

        HttpResponse<InputStream> response = audit("/api/audit/aggregates/" + aggregateId + "/events/export?format=csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "Content-Type")).isEqualToIgnoringCase("text/csv;charset=utf-8");
        assertThat(header(response, "Content-Disposition"))
                .contains("filename=\"audit-tricky_" + aggregateId.substring(7) + "-events.csv\"");
        String csv = text(response);
        List<List<String>> rows = Csv.parse(csv);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).containsExactly("globalIndex", "aggregateId", "sequence", "type", "timestamp",
                "deliveryId", "correlationId", "subject", "payload");
        for (int sequence = 0; sequence < 2; sequence++) {
            List<String> row = rows.get(sequence + 1);
            assertThat(row).hasSize(9);
            assertThat(row.get(1)).isEqualTo(aggregateId);
            assertThat(row.get(2)).isEqualTo(Integer.toString(sequence));
            assertThat(row.get(3)).isEqualTo("TrickyNoted");
            assertThat(row.get(4)).isEqualTo("2003-04-05T06:07:08.009Z");
            assertThat(row.get(5)).isEmpty();
            assertThat(row.get(6)).isEqualTo("corr-" + sequence);
            assertThat(row.get(7)).isEqualTo(subject);
            assertThat(row.get(8)).isEqualTo(payload);
        }
        assertThat(csv).contains("\"auditor, \"\"chief\"\"\nsecond line\"").endsWith("\r\n");

        HttpResponse<InputStream> ndjson = audit("/api/audit/aggregates/" + aggregateId + "/events/export");
        assertThat(header(ndjson, "Content-Type")).startsWith("application/x-ndjson");
        String lines = text(ndjson);
        assertThat(lines.split("\n")).hasSize(2);
        assertThat(lines).endsWith("\n").contains("\"amount\":18500.50");
        assertThat(JSON.readTree(lines.split("\n")[1]).get("metadata").get("subject").asText()).isEqualTo(subject);
    }

    @Test
    void exportsTheFilteredStreamAsCsv() throws Exception {
        long position = position();
        generate("small:" + UUID.randomUUID(), "iq.tsh.erp.audit.test.SmallRecorded", 5, 10);

        HttpResponse<InputStream> all = audit("/api/audit/events/export?format=csv&type=SmallRecorded&after=" + position);
        HttpResponse<InputStream> window = audit("/api/audit/events/export?format=csv&type=SmallRecorded&after="
                + position + "&from=2002-01-01T00:00:00.001Z&to=2002-01-01T00:00:00.003Z");

        List<List<String>> rows = Csv.parse(text(all));
        assertThat(rows).hasSize(6);
        assertThat(rows.get(5).get(0)).isEqualTo(Long.toString(position + 5));
        assertThat(JSON.readTree(rows.get(5).get(8)).get("n").asInt()).isEqualTo(4);
        assertThat(Csv.parse(text(window))).extracting(row -> row.get(4))
                .containsExactly("timestamp", "2002-01-01T00:00:00.001Z", "2002-01-01T00:00:00.002Z");
    }

    @Test
    void aFailureHalfwayBreaksTheDownloadInsteadOfEndingItShort() {
        String aggregateId = "broken:" + UUID.randomUUID();
        generate(aggregateId, "iq.tsh.erp.audit.test.BrokenRecorded", 3 * EventTable.FETCH_SIZE, 100);
        // A payload PostgreSQL cannot read as UTF-8: the database fails on it after three batches were sent.
        jdbc.update("""
                insert into domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                    meta_data, payload, payload_type, time_stamp)
                values (?, ?, 'Generated', ?, convert_to('{}', 'UTF8'), '\\xff'::bytea,
                    'iq.tsh.erp.audit.test.BrokenRecorded', '2002-01-01T01:00:00.000Z')""",
                aggregateId, 3 * EventTable.FETCH_SIZE, UUID.randomUUID().toString());
        long brokenIndex = position();

        HttpResponse<InputStream> response = audit("/api/audit/aggregates/" + aggregateId + "/events/export");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> text(response)).isInstanceOf(IOException.class);
        // Axon reads the bytes without decoding them and skips the unknown type: the projections are not stuck.
        await().atMost(Duration.ofMinutes(1)).until(() -> projectionsPassed(brokenIndex));
    }
}
