package iq.tsh.erp.zoho.catchup;

import iq.tsh.erp.zoho.webhook.WebhookKind;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** High-water marks in table {@code zoho_catchup_state}, one row per kind (by its webhook path). */
class JdbcHighWaterMarks implements HighWaterMarks {

    private final JdbcTemplate jdbc;

    JdbcHighWaterMarks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Instant> get(WebhookKind kind) {
        return jdbc.query("SELECT high_water_mark FROM zoho_catchup_state WHERE kind = ?",
                        (row, number) -> row.getObject(1, OffsetDateTime.class), kind.path())
                .stream().filter(Objects::nonNull).findFirst().map(OffsetDateTime::toInstant);
    }

    @Override
    public void save(WebhookKind kind, Instant mark) {
        jdbc.update("""
                INSERT INTO zoho_catchup_state (kind, high_water_mark, updated_at) VALUES (?, ?, now())
                ON CONFLICT (kind) DO UPDATE SET high_water_mark = EXCLUDED.high_water_mark, updated_at = now()
                """, kind.path(), OffsetDateTime.ofInstant(mark, ZoneOffset.UTC));
    }
}
