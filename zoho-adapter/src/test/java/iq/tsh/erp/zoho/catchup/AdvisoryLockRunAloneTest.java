package iq.tsh.erp.zoho.catchup;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two instances sharing one database: while one runs the catch-up, the other skips its turn. */
class AdvisoryLockRunAloneTest {

    private static EmbeddedPostgres server;

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void aSecondNodeSkipsWhileTheFirstRunsAndRunsOnceItIsDone() {
        DataSource database = server.getPostgresDatabase();
        RunAlone first = new AdvisoryLockRunAlone(database, "catch-up");
        RunAlone second = new AdvisoryLockRunAlone(database, "catch-up");
        AtomicBoolean secondRan = new AtomicBoolean();

        boolean firstRan = first.run(() -> assertThat(second.run(() -> secondRan.set(true))).isFalse());

        assertThat(firstRan).isTrue();
        assertThat(secondRan).isFalse();
        assertThat(second.run(() -> secondRan.set(true))).isTrue();
        assertThat(secondRan).isTrue();
    }
}
