package iq.tsh.erp.app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import iq.tsh.erp.app.TshErpApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * DATABASE_URL in the form ops use points the system at a PostgreSQL server of their own (here a separate one);
 * that is production mode, where both secrets are required.
 */
@ExtendWith(OutputCaptureExtension.class)
class ExternalDatabaseTest {

    private static EmbeddedPostgres server;

    @BeforeAll
    static void startServer() throws Exception {
        server = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    private static String databaseUrl() {
        return "postgresql://postgres:@localhost:" + server.getPort() + "/postgres";
    }

    @Test
    void runsOnTheServerNamedByDatabaseUrl() throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TshErpApplication.class).run(
                "--erp.database.url=" + databaseUrl(), "--server.port=0",
                "--erp.security.jwt-secret=test-only-jwt-secret-of-at-least-32-bytes",
                "--erp.zoho.webhooks.secret=test-only-webhook-secret")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(health.statusCode()).isEqualTo(200);
        }
        try (var connection = server.getPostgresDatabase().getConnection();
             var tables = connection.createStatement().executeQuery(
                     "select count(*) from pg_tables where tablename = 'domain_event_entry'")) {
            tables.next();
            assertThat(tables.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void refusesToStartWithoutTheJwtSecret(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(TshErpApplication.class).run(
                "--erp.database.url=" + databaseUrl(), "--server.port=0",
                "--erp.zoho.webhooks.secret=test-only-webhook-secret")).isInstanceOf(Exception.class);

        assertThat(output.getAll()).contains("ERP_JWT_SECRET is required when DATABASE_URL is set");
    }

    @Test
    void refusesToStartWithoutTheWebhookSecret(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(TshErpApplication.class).run(
                "--erp.database.url=" + databaseUrl(), "--server.port=0",
                "--erp.security.jwt-secret=test-only-jwt-secret-of-at-least-32-bytes")).isInstanceOf(Exception.class);

        assertThat(output.getAll()).contains("ZOHO_WEBHOOK_SECRET is required when DATABASE_URL is set");
    }
}
