package iq.tsh.erp.app.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Http.Answer;
import iq.tsh.erp.app.Tokens;
import java.time.Duration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** /health tells the truth about the database and the workers: degraded (still 200) while a worker needs ops. */
class HealthTest extends ApplicationTest {

    @Autowired
    EventProcessingConfiguration processing;

    /** Other test classes share this application and may have left dead letters behind: ops clear them. */
    private void clearDeadLetters() {
        assertThat(http().as(Tokens.ops()).post("/api/zoho/admin/queue/clear?confirm=true", null, new byte[0])
                .status()).isEqualTo(200);
    }

    @Test
    void isHealthyWhenDatabaseAndWorkersRun() {
        clearDeadLetters();
        await().atMost(Duration.ofSeconds(20)).until(() -> "healthy".equals(http().get("/health").json()
                .get("status").asText()));
        Answer answer = http().get("/health");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("message").asText()).isEqualTo("النظام يعمل بشكل طبيعي");
        assertThat(http().get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void isDegradedWithTheReasonWhileAWorkerIsStopped() {
        StreamingEventProcessor catalog = processing
                .eventProcessor("catalog", StreamingEventProcessor.class).orElseThrow();
        catalog.shutDown();
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> http().get("/health").json().get("reason") != null
                    && http().get("/health").json().get("reason").asText().contains("catalog"));
            Answer answer = http().get("/health");

            // It still serves (the database answers): a load balancer must keep it.
            assertThat(answer.status()).isEqualTo(200);
            JsonNode body = answer.json();
            assertThat(body.get("status").asText()).isEqualTo("degraded");
            assertThat(body.get("message").asText()).contains("processor catalog is not running");
            assertThat(body.get("reason").asText()).contains("processor catalog is not running");
            assertThat(http().get("/actuator/health").status()).isEqualTo(200);
        } finally {
            catalog.start();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> !http().get("/health").body().contains("catalog"));
    }
}
