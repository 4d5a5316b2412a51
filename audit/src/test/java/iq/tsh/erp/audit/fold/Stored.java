package iq.tsh.erp.audit.fold;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import iq.tsh.erp.api.DomainEvent;
import java.io.UncheckedIOException;

/**
 * Api events stored the way Axon stores them (the app's Jackson settings for Axon) and read back the way the audit
 * reads them (numbers exact), so a renamed record component shows up as a wrong state here.
 */
final class Stored {

    private static final ObjectMapper AXON = JsonMapper.builder()
            .findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();
    private static final ObjectMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private Stored() {
    }

    /** The events folded in order, from sequence 0. */
    static HistoryFold fold(DomainEvent... events) {
        HistoryFold fold = new HistoryFold();
        for (int sequence = 0; sequence < events.length; sequence++) {
            DomainEvent event = events[sequence];
            fold.apply(sequence, 1000 + sequence, event.getClass().getSimpleName(), event.getClass().getName(),
                    tree(event));
        }
        return fold;
    }

    /** The state after the events, which must all have folded. */
    static ObjectNode stateOf(DomainEvent... events) {
        HistoryFold fold = fold(events);
        assertThat(fold.unfolded()).isEmpty();
        return fold.state();
    }

    static JsonNode tree(Object event) {
        try {
            return EXACT.readTree(AXON.writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
