package iq.tsh.erp.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whole histories as files. Rows go from a database cursor straight to the response, one at a time, so an export
 * of millions of events needs no more memory than one. It is written on the request's own thread, which an
 * asynchronous body would not allow: that one is cut off by the MVC async timeout, and an export may take minutes.
 */
@RestController
@Tag(name = "Audit")
class ExportController {

    private static final Logger log = LoggerFactory.getLogger(ExportController.class);

    private final EventTable events;
    private final EventTypes types;

    ExportController(EventTable events, EventTypes types) {
        this.events = events;
        this.types = types;
    }

    @GetMapping("/api/audit/aggregates/{aggregateId}/events/export")
    @Operation(summary = "Export a record's history", description = "All its events from sequence 0, streamed",
            responses = @ApiResponse(responseCode = "200", content = {
                    @Content(mediaType = "application/x-ndjson"), @Content(mediaType = "text/csv")}))
    void history(@PathVariable String aggregateId,
                 @RequestParam(required = false) @Parameter(description = "ndjson (default) or csv") String format,
                 HttpServletResponse response) throws IOException {
        ExportFormat chosen = ExportFormat.parse(format);
        if (!events.exists(aggregateId)) {
            throw AggregateController.unknown(aggregateId);
        }
        String name = "audit-" + aggregateId.replaceAll("[^A-Za-z0-9._-]", "_") + "-events";
        export(response, chosen, name, sink -> events.eachOfHistory(aggregateId, null, sink));
    }

    @GetMapping("/api/audit/events/export")
    @Operation(summary = "Export the global event stream",
            description = "Every event after a position, of some types, in a time window [from, to), streamed in"
                    + " global index order. CSV columns: " + CsvWriter.HEADER,
            responses = @ApiResponse(responseCode = "200", content = {
                    @Content(mediaType = "application/x-ndjson"), @Content(mediaType = "text/csv")}))
    void stream(@RequestParam(required = false) @Parameter(description = "ndjson (default) or csv") String format,
                @RequestParam(required = false) String type,
                @RequestParam(required = false) String from,
                @RequestParam(required = false) String to,
                @RequestParam(required = false) @Parameter(description = "a globalIndex: events after it") String after,
                @RequestParam(required = false) String cursor,
                HttpServletResponse response) throws IOException {
        ExportFormat chosen = ExportFormat.parse(format);
        long position = AuditParameters.position(after, cursor);
        StreamFilter filter = EventStreamController.filter(types, type, from, to);
        export(response, chosen, "audit-events", sink -> {
            if (!filter.matchesNothing()) {
                events.eachOfStream(filter, position, sink);
            }
        });
    }

    private void export(HttpServletResponse response, ExportFormat format, String name,
                        Consumer<EventTable.EventSink> read) throws IOException {
        response.setContentType(format.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(format.fileName(name)).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        EventWriter writer = format.open(response.getOutputStream());
        long[] written = {0};
        try {
            read.accept(event -> {
                writer.write(event);
                if (++written[0] == 1) {
                    writer.flush();
                }
            });
            writer.finish();
        } catch (UncheckedIOException e) {
            // Only the response is written to: the auditor's client went away, and there is nobody to answer.
            log.info("Audit export {} stopped after {} events: {}", name, written[0], e.getCause().toString());
        } catch (RuntimeException e) {
            if (response.isCommitted()) {
                throw new ExportInterrupted(e);
            }
            response.reset();
            throw e;
        }
    }
}
