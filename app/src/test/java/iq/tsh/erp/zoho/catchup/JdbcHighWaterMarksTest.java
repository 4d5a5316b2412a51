package iq.tsh.erp.zoho.catchup;

import static org.assertj.core.api.Assertions.assertThat;

import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.zoho.webhook.WebhookKind;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The catch-up job's marks live in PostgreSQL, so a restart resumes where the last completed pass ended. */
class JdbcHighWaterMarksTest extends ApplicationTest {

    @Test
    void keepsTheLatestMarkPerKind() {
        JdbcHighWaterMarks marks = new JdbcHighWaterMarks(jdbc);
        Instant first = Instant.parse("2025-03-02T06:14:55Z");
        Instant later = Instant.parse("2025-03-20T13:41:07.123Z");

        assertThat(marks.get(WebhookKind.CUSTOMERS)).isEmpty();
        marks.save(WebhookKind.CUSTOMERS, first);
        marks.save(WebhookKind.CUSTOMERS, later);
        marks.save(WebhookKind.PRODUCTS, first);

        assertThat(marks.get(WebhookKind.CUSTOMERS)).contains(later);
        assertThat(marks.get(WebhookKind.PRODUCTS)).contains(first);
    }
}
