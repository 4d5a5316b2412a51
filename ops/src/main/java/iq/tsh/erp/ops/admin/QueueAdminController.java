package iq.tsh.erp.ops.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import iq.tsh.erp.ops.deadletter.ProcessingLog;
import iq.tsh.erp.web.InvalidInputException;
import java.security.Principal;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ops' levers on the workers (role OPS): retry dead letters, discard them (only with {@code confirm=true}; they are
 * archived with who did it), and rebuild a read model from the event store. Each is safe to repeat.
 */
@RestController
@RequestMapping("/api/zoho/admin")
@Tag(name = "Zoho admin")
class QueueAdminController {

    private static final int MAX_AGGREGATE_ID = 255;

    private final DeadLetters deadLetters;
    private final EventProcessingConfiguration processing;
    private final ProcessingLog log;

    QueueAdminController(DeadLetters deadLetters, EventProcessingConfiguration processing, ProcessingLog log) {
        this.deadLetters = deadLetters;
        this.processing = processing;
        this.log = log;
    }

    @PostMapping("/queue/retry")
    @Operation(summary = "Retry dead letters now", description = "All, one processing group, or one record's sequence")
    DeadLetters.RetryResult retry(@RequestParam(required = false) String group,
                                  @RequestParam(required = false) String sequence, Principal who) {
        return deadLetters.retry(group, aggregateId(sequence), actor(who));
    }

    @PostMapping("/queue/clear")
    @Operation(summary = "Discard dead letters", description = "Needs confirm=true; the letters go to the archive")
    DeadLetters.ClearResult clear(@RequestParam(required = false) String group,
                                  @RequestParam(required = false) String sequence,
                                  @RequestParam(defaultValue = "false") boolean confirm, Principal who) {
        if (!confirm) {
            throw badRequest("confirm", "discarding dead letters needs confirm=true");
        }
        return deadLetters.clear(group, aggregateId(sequence), actor(who));
    }

    @PostMapping("/processors/{group}/replay")
    @Operation(summary = "Rebuild a read model", description = "Stops the processor, resets it to the start of the "
            + "event stream and starts it; progress shows in the dashboard's queue")
    Map<String, Object> replay(@PathVariable String group, Principal who) {
        StreamingEventProcessor processor = processing.eventProcessor(group, StreamingEventProcessor.class)
                .orElseThrow(() -> badRequest("group", "no processing group '" + group + "'"));
        if (!processor.supportsReset()) {
            throw badRequest("group", "processing group '" + group + "' cannot be replayed");
        }
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        log.record(group, "replay-started", null, null, null, null, "read model rebuild from the event store",
                actor(who));
        return Map.of("group", group, "status", "replaying");
    }

    /** A sequence is an aggregate id: one longer than the event store holds names no letter (and no log row). */
    private static String aggregateId(String sequence) {
        if (sequence != null && sequence.length() > MAX_AGGREGATE_ID) {
            throw badRequest("sequence", "sequence: an aggregate id has at most " + MAX_AGGREGATE_ID
                    + " characters");
        }
        return sequence;
    }

    private static String actor(Principal who) {
        return who == null ? "unknown" : who.getName();
    }

    /** A lever pulled wrongly: 400 naming the parameter at fault. */
    static InvalidInputException badRequest(String field, String message) {
        return InvalidInputException.of(HttpStatus.BAD_REQUEST, "Bad request", field, message);
    }
}
