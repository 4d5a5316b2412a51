package iq.tsh.erp.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Http.Answer;
import iq.tsh.erp.app.Tokens;
import org.junit.jupiter.api.Test;

/** Every endpoint is described in OpenAPI, and Swagger UI serves it. */
class OpenApiTest extends ApplicationTest {

    @Test
    void documentsEveryEndpoint() {
        Answer docs = http().get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").fieldNames()).toIterable()
                .contains("/api/zoho/webhooks/{kind}", "/api/mobile/products/{id}", "/health");
        assertThat(http().get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void answersUnknownPathsWithAProblem() {
        // Deny by default: without a token an unknown path is 401, with one it is a plain 404.
        Answer anonymous = http().get("/api/nowhere");
        Answer signedIn = http().as(Tokens.ops()).get("/api/nowhere");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(signedIn.status()).isEqualTo(404);
        assertThat(signedIn.contentType()).startsWith("application/problem+json");
    }
}
