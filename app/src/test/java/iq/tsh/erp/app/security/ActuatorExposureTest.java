package iq.tsh.erp.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Http.Answer;
import iq.tsh.erp.app.Tokens;
import org.junit.jupiter.api.Test;

/** Anonymous callers of the actuator's health (load balancers) learn the status and nothing else; OPS see why. */
class ActuatorExposureTest extends ApplicationTest {

    @Test
    void showsOnlyTheStatusToAnonymousCallers() {
        Answer anonymous = http().get("/actuator/health");

        assertThat(anonymous.status()).isEqualTo(200);
        JsonNode body = anonymous.json();
        assertThat(body.fieldNames()).toIterable().containsExactly("status");
        assertThat(anonymous.body()).doesNotContain("diskSpace", "path", "total", "PostgreSQL");
        assertThat(http().as(Tokens.customer("4713000000000000001")).get("/actuator/health").json().fieldNames())
                .toIterable().containsExactly("status");
    }

    @Test
    void showsComponentsAndDetailsToOps() {
        JsonNode health = http().as(Tokens.ops()).get("/actuator/health").json();

        assertThat(health.get("components").has("db")).isTrue();
        assertThat(health.get("components").get("diskSpace").has("details")).isTrue();
    }
}
