package iq.tsh.erp.app.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Http.Answer;
import java.time.Duration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** /health tells the truth about the database and the workers. */
class HealthTest extends ApplicationTest {

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void isHealthyWhenDatabaseAndWorkersRun() {
        await().atMost(Duration.ofSeconds(20)).until(() -> http().get("/health").status() == 200);
        Answer answer = http().get("/health");

        assertThat(answer.json().get("status").asText()).isEqualTo("healthy");
        assertThat(answer.json().get("message").asText()).isEqualTo("النظام يعمل بشكل طبيعي");
        assertThat(http().get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void isUnhealthyWithTheReasonWhileAWorkerIsStopped() {
        StreamingEventProcessor catalog = processing
                .eventProcessor("catalog", StreamingEventProcessor.class).orElseThrow();
        catalog.shutDown();
        try {
            Answer answer = http().get("/health");

            assertThat(answer.status()).isEqualTo(503);
            JsonNode body = answer.json();
            assertThat(body.get("status").asText()).isEqualTo("unhealthy");
            assertThat(body.get("message").asText()).isNotBlank();
            assertThat(body.get("reason").asText()).contains("processors");
        } finally {
            catalog.start();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> http().get("/health").status() == 200);
    }
}
