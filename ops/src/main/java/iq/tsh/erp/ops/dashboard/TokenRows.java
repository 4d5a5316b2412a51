package iq.tsh.erp.ops.dashboard;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads {@code token_entry} as it is: a plain SELECT takes no lock and claims nothing. */
@Repository
class TokenRows {

    /** Axon keeps its processor configuration in a row of its own, which is no segment. */
    private static final String CONFIG_ROW = "__config";

    private final JdbcTemplate jdbc;

    TokenRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<TokenRow> all() {
        return jdbc.query("""
                select processor_name, segment, owner, timestamp, token from token_entry
                where processor_name <> ? and segment >= 0 order by processor_name, segment""",
                (row, number) -> new TokenRow(row.getString("processor_name"), row.getInt("segment"),
                        row.getString("owner"), StoredValues.instant(row.getString("timestamp")),
                        TrackingPosition.of(row.getBytes("token"))),
                CONFIG_ROW);
    }
}
