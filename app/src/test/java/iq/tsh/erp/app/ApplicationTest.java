package iq.tsh.erp.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a real HTTP port and its embedded PostgreSQL in a fresh directory. Every test class
 * extending this shares one running application (Spring caches the context), so each test uses its own records.
 */
@SpringBootTest(classes = TshErpApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApplicationTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected org.springframework.jdbc.core.JdbcTemplate jdbc;

    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) {
        // Fast polling keeps the wait for other nodes' events short; production uses TDS_QUEUE_POLL_INTERVAL_MS.
        testSettings(registry, Duration.ofMillis(100));
    }

    /**
     * The settings of a test application, for a test class that needs another poll interval and so cannot extend
     * this one (a subclass's dynamic properties do not override its superclass's).
     */
    public static void testSettings(DynamicPropertyRegistry registry, Duration pollInterval) {
        // Called once per application context: each context gets a database directory of its own.
        Path dataDir = temporaryDataDir();
        registry.add("erp.database.data-dir", dataDir::toString);
        registry.add("erp.database.url", () -> "");
        registry.add("erp.workers.poll-interval", () -> pollInterval.toMillis() + "ms");
        registry.add("erp.security.jwt-secret", () -> Tokens.SECRET);
        // Short retry delays keep the dead-letter tests quick; the growth is what they check.
        registry.add("erp.workers.max-retry-attempts", () -> "3");
        registry.add("erp.workers.retry-first-delay", () -> "150ms");
        registry.add("erp.workers.retry-max-delay", () -> "5s");
        registry.add("erp.workers.dead-letter-scan", () -> "50ms");
        // Home's shop window is ranked at most this often; short, so tests see new products on home at once.
        registry.add("erp.mobile.shop-window-ttl", () -> "200ms");
    }

    protected Http http() {
        return new Http(port);
    }

    private static Path temporaryDataDir() {
        try {
            return Files.createTempDirectory("tsh-erp-test-db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
