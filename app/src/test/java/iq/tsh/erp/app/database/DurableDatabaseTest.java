package iq.tsh.erp.app.database;

import static org.assertj.core.api.Assertions.assertThat;

import iq.tsh.erp.app.ApplicationTest;
import org.junit.jupiter.api.Test;

/**
 * The embedded PostgreSQL runs with a real server's durability, read through the application's own connection:
 * the library's test defaults (fsync and synchronous commit off) would lose deliveries answered 200 in a power cut.
 */
class DurableDatabaseTest extends ApplicationTest {

    @Test
    void embeddedDatabaseWritesDurably() {
        assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("show full_page_writes", String.class)).isEqualTo("on");
    }
}
