package iq.tsh.erp.ops.dashboard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The event stream in {@code domain_event_entry}: its head, and what lies beyond a segment's position. */
@Repository
class EventStream {

    /**
     * Up to this many events behind, the lag is counted exactly; beyond, it is the distance in global index, which
     * may also count numbers of rolled-back appends: a few too many in a lag of thousands.
     */
    static final long EXACT_COUNT_LIMIT = 100_000;

    private static final int MAX_GAPS = 1_000;

    private final JdbcTemplate jdbc;

    EventStream(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest event: its global index (-1 for an empty store) and when it was stored. */
    record Head(long index, Instant at) {
    }

    /**
     * What a segment has not handled yet.
     *
     * @param events   how many events are beyond its position (null when the position is unknown)
     * @param oldestAt when the oldest of them was stored (null when there is none)
     */
    record Backlog(Long events, Instant oldestAt) {
    }

    Head head() {
        return jdbc.query("select global_index, time_stamp from domain_event_entry order by global_index desc limit 1",
                        (row, number) -> new Head(row.getLong(1), StoredValues.instant(row.getString(2))))
                .stream().findFirst().orElse(new Head(-1, null));
    }

    Backlog backlog(TrackingPosition position, Head head) {
        if (!position.known()) {
            return new Backlog(null, null);
        }
        List<Long> gaps = position.gaps().subList(0, Math.min(position.gaps().size(), MAX_GAPS));
        if (position.index() >= head.index() && gaps.isEmpty()) {
            return new Backlog(0L, null);
        }
        // Gaps are few (Axon forgets them after a while): one bound placeholder each.
        String beyond = gaps.isEmpty() ? "global_index > ?"
                : "(global_index > ? or global_index in (" + String.join(", ", Collections.nCopies(gaps.size(), "?"))
                        + "))";
        List<Object> values = new ArrayList<>(gaps.size() + 1);
        values.add(position.index());
        values.addAll(gaps);
        Instant oldest = jdbc.query("select time_stamp from domain_event_entry where " + beyond
                        + " order by global_index limit 1", (row, number) -> StoredValues.instant(row.getString(1)),
                values.toArray()).stream().findFirst().orElse(null);
        // Global indexes start at 1, so an unstarted segment (index -1) is as far behind as one at 0.
        long distance = head.index() - Math.max(position.index(), 0);
        Long events = distance <= EXACT_COUNT_LIMIT
                ? jdbc.queryForObject("select count(*) from domain_event_entry where " + beyond, Long.class,
                        values.toArray())
                : Long.valueOf(distance + gaps.size());
        return new Backlog(events, oldest);
    }
}
