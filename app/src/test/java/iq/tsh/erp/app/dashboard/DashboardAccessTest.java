package iq.tsh.erp.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import iq.tsh.erp.app.Http.Answer;
import iq.tsh.erp.app.Tokens;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The dashboard is for OPS: 401 without a token, 403 for a customer, both as problem details. */
class DashboardAccessTest extends DashboardFixture {

    static Stream<String> paths() {
        return Stream.of("health", "stats", "queue", "dead-letter", "logs", "metrics", "inbox",
                "inbox/" + UUID.randomUUID(), "alerts");
    }

    @ParameterizedTest
    @MethodSource("paths")
    void refusesCallersWithoutAToken(String path) {
        Answer answer = http().get(DASHBOARD + path);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @ParameterizedTest
    @MethodSource("paths")
    void refusesCustomers(String path) {
        Answer answer = http().as(Tokens.customer("1")).get(DASHBOARD + path);

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @ParameterizedTest
    @MethodSource("paths")
    void letsOpsIn(String path) {
        Answer answer = ops().get(DASHBOARD + path);

        // An unknown delivery is a 404; every other path answers.
        assertThat(answer.status()).as(answer.body()).isEqualTo(path.startsWith("inbox/") ? 404 : 200);
    }
}
