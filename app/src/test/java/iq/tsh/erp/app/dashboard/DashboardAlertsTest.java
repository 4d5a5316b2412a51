package iq.tsh.erp.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Alerts: rules over configured thresholds, each with severity, measure, threshold and, when known, since when. */
class DashboardAlertsTest extends DashboardFixture {

    @Test
    void answersTheVerdictTheAlertsAndTheThresholdsTheyWereJudgedBy() {
        JsonNode alerts = dashboard("alerts");

        long critical = 0;
        for (JsonNode alert : alerts.get("alerts")) {
            assertThat(alert.get("rule").asText()).isNotBlank();
            assertThat(alert.get("severity").asText()).isIn("warning", "critical");
            assertThat(alert.get("subject").asText()).isNotBlank();
            assertThat(alert.get("message").asText()).isNotBlank();
            critical += alert.get("severity").asText().equals("critical") ? 1 : 0;
        }
        assertThat(alerts.get("critical").asLong()).isEqualTo(critical);
        assertThat(alerts.get("warning").asLong()).isEqualTo(alerts.get("alerts").size() - critical);
        boolean databaseDown = alerts.get("alerts").findValuesAsText("rule").contains("database");
        assertThat(alerts.get("verdict").asText()).isEqualTo(databaseDown ? "unhealthy"
                : alerts.get("alerts").isEmpty() ? "healthy" : "degraded");
        JsonNode thresholds = alerts.get("thresholds");
        assertThat(thresholds.get("deadLetters").asInt()).isZero();
        assertThat(thresholds.get("lagSeconds").asLong()).isEqualTo(300);
        assertThat(thresholds.get("rejectedPerHour").asInt()).isEqualTo(10);
        assertThat(thresholds.get("quietHours").asInt()).isEqualTo(6);
        JsonNode hours = thresholds.get("businessHours");
        assertThat(hours.get("zone").asText()).isEqualTo("Asia/Baghdad");
        assertThat(hours.get("opens").asText()).startsWith("08:00");
        assertThat(hours.get("closes").asText()).startsWith("22:00");
        assertThat(hours.get("days")).hasSize(6);
        assertThat(hours.get("days").toString()).doesNotContain("FRIDAY");
    }

    @Test
    void warnsWhenMoreDeliveriesThanTheThresholdWereRefusedInAnHour() {
        Instant before = Instant.now();
        for (int i = 0; i < 11; i++) {
            http().postJson(PRODUCTS, "{\"item\":{\"name\":\"refused " + i + "\"}}");
        }

        JsonNode alert = find(dashboard("alerts").get("alerts"), "rule", "rejected-deliveries");

        assertThat(alert.get("severity").asText()).isEqualTo("warning");
        assertThat(alert.get("subject").asText()).isEqualTo("webhooks");
        assertThat(alert.get("value").asLong()).isGreaterThanOrEqualTo(11);
        assertThat(alert.get("threshold").asLong()).isEqualTo(10);
        assertThat(alert.get("unit").asText()).isEqualTo("deliveries per hour");
        assertThat(Instant.parse(alert.get("since").asText())).isBefore(before.plusSeconds(60));
        assertThat(dashboard("health").get("problems").toString()).contains("refused in the last hour");
    }

    @Test
    void staysQuietAboutSilenceRightAfterADelivery() {
        deliverProduct(newItemId());

        assertThat(dashboard("alerts").get("alerts").findValuesAsText("rule")).doesNotContain("no-deliveries");
    }
}
