package iq.tsh.erp.query.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;

/** The apply-once rule checked from outside: redelivering every event, and a replay from scratch, twice. */
public final class Replays {

    private Replays() {
    }

    /** Applies the events, then redelivers them all and replays them after a reset twice: the rows never change. */
    public static List<List<Map<String, Object>>> assertReplayable(Projector projector,
                                                                   List<? extends DomainEventMessage<?>> events,
                                                                   String... tables) {
        projector.handle(events);
        List<List<Map<String, Object>>> once = Projector.rows(tables);
        for (int round = 0; round < 2; round++) {
            projector.handle(events);
            assertThat(Projector.rows(tables)).as("after redelivering every event").isEqualTo(once);
            projector.reset();
            projector.handle(events);
            assertThat(Projector.rows(tables)).as("after a replay from the start").isEqualTo(once);
        }
        return once;
    }
}
