package iq.tsh.erp.ops.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Counts the dead letters per group and state in one query, for health and alerts. */
@Repository
class DeadLetterCounts {

    /** Matched as text so that one unreadable diagnostics value cannot fail the count (a jsonb cast would). */
    private static final String PARKED =
            "convert_from(diagnostics, 'UTF8') ~ '\"exhausted\"[[:space:]]*:[[:space:]]*true'";

    private final JdbcTemplate jdbc;

    DeadLetterCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    DeadLetterSummary summary() {
        List<DeadLetterSummary.GroupLetters> groups = jdbc.query("select processing_group, count(*) as total,"
                        + " count(*) filter (where " + PARKED + ") as parked,"
                        + " count(*) filter (where cause_type is null"
                        + " and not coalesce(" + PARKED + ", false)) as waiting,"
                        + " min(enqueued_at::timestamptz) as oldest"
                        + " from dead_letter_entry group by processing_group order by processing_group",
                (row, number) -> {
                    long total = row.getLong("total");
                    long parked = row.getLong("parked");
                    long waiting = row.getLong("waiting");
                    return new DeadLetterSummary.GroupLetters(row.getString("processing_group"), total, parked,
                            total - parked - waiting, waiting, StoredValues.instant(row.getTimestamp("oldest")));
                });
        return new DeadLetterSummary(
                groups.stream().mapToLong(DeadLetterSummary.GroupLetters::total).sum(),
                groups.stream().mapToLong(DeadLetterSummary.GroupLetters::parked).sum(),
                groups.stream().mapToLong(DeadLetterSummary.GroupLetters::retrying).sum(),
                groups.stream().mapToLong(DeadLetterSummary.GroupLetters::waiting).sum(),
                groups.stream().map(DeadLetterSummary.GroupLetters::oldestAt).filter(Objects::nonNull)
                        .min(Instant::compareTo).orElse(null),
                groups);
    }
}
