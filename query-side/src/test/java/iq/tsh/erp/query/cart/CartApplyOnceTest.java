package iq.tsh.erp.query.cart;

import static org.assertj.core.api.Assertions.assertThat;

import iq.tsh.erp.query.common.Projector;
import iq.tsh.erp.query.common.ReadModelDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * The apply-once rule as a property: a cart's events delivered in order, with any number of redeliveries of events
 * already delivered (a retried batch, a second node, a replay overlapping the stream) mixed in anywhere, leave the
 * same rows as a clean delivery of each event once.
 */
class CartApplyOnceTest {

    private static final CartTable TABLE = new CartTable(ReadModelDatabase.jdbc());
    private static final Projector PROJECTOR = CartProjectionTest.projector(TABLE);
    private static final List<DomainEventMessage<?>> EVENTS =
            PROJECTOR.history(CartProjectionTest.CART.toString(), CartProjectionTest.busyCart());

    @Property(tries = 30)
    void redeliveriesInAnyOrderChangeNothing(@ForAll("redeliveries") List<Integer> redeliveries) {
        ReadModelDatabase.emptyReadTables();
        PROJECTOR.handle(EVENTS);
        List<List<Map<String, Object>>> clean = Projector.rows("carts", "cart_items");
        ReadModelDatabase.emptyReadTables();

        PROJECTOR.handle(deliveries(redeliveries));

        assertThat(Projector.rows("carts", "cart_items")).isEqualTo(clean);
    }

    /**
     * The stream as delivered: before event {@code n} (and after the last) the entries of {@code redeliveries} are
     * read as "redeliver an event among those delivered so far" (value modulo how many there are).
     */
    private static List<DomainEventMessage<?>> deliveries(List<Integer> redeliveries) {
        List<DomainEventMessage<?>> stream = new ArrayList<>();
        int next = 0;
        for (int choice : redeliveries) {
            if (choice < 0 && next < EVENTS.size()) {
                stream.add(EVENTS.get(next++));
            } else if (next > 0) {
                stream.add(EVENTS.get(Math.abs(choice) % next));
            }
        }
        while (next < EVENTS.size()) {
            stream.add(EVENTS.get(next++));
        }
        return stream;
    }

    /** Negative: deliver the next event in order; otherwise: redeliver an earlier one. */
    @Provide
    Arbitrary<List<Integer>> redeliveries() {
        return Arbitraries.integers().between(-50, 50).list().ofMaxSize(30);
    }
}
