package iq.tsh.erp.app.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL (zonky), with its data in {@code ERP_DATA_DIR} so it survives restarts. A JVM killed
 * with SIGKILL leaves its PostgreSQL running on that directory; starting again stops that orphan first, so a crash
 * never needs a person. A directory still used by a live instance is refused instead.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    /** The lock file zonky holds while an instance uses the data directory. */
    private static final String ZONKY_LOCK = "epg-lock";
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(30);
    /**
     * The library starts PostgreSQL as a test database (fsync off, asynchronous commit). These are a real server's
     * settings: a 200 to Zoho means the delivery is on disk, power cut or not. They come after the library's own
     * options on the command line, so they win.
     */
    static final Map<String, String> DURABLE = Map.of(
            "fsync", "on",
            "synchronous_commit", "on",
            "full_page_writes", "on");

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedDatabase start(Path dataDir) {
        Path directory = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
            refuseIfInUse(directory);
            stopOrphan(directory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // The application stops it, last, after the pool is closed (see DataSourceConfiguration).
                    .setRegisterShutdownHook(false);
            DURABLE.forEach(builder::setServerConfig);
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), directory);
            return new EmbeddedDatabase(postgres);
        } catch (IOException | RuntimeException e) {
            if (e instanceof DatabaseConfigurationException configuration) {
                throw configuration;
            }
            throw new DatabaseConfigurationException("The embedded PostgreSQL could not start in " + directory + ": "
                    + e.getMessage(), e);
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    /** Another running instance holds zonky's lock on the directory: sharing one would corrupt it. */
    private static void refuseIfInUse(Path directory) throws IOException {
        Path lockFile = directory.resolve(ZONKY_LOCK);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(directory);
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw inUse(directory);
        }
    }

    private static DatabaseConfigurationException inUse(Path directory) {
        return new DatabaseConfigurationException("ERP_DATA_DIR " + directory
                + " is in use by another running instance; give this one its own ERP_DATA_DIR or a DATABASE_URL");
    }

    /** A PostgreSQL left running by a killed instance: stop it (fast shutdown, then kill) so ours can start. */
    private static void stopOrphan(Path directory) throws IOException {
        Optional<ProcessHandle> orphan = orphanPostmaster(directory);
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle postmaster = orphan.get();
        log.warn("A PostgreSQL (pid {}) left running by an earlier instance holds {}: stopping it",
                postmaster.pid(), directory);
        interrupt(postmaster.pid());
        try {
            postmaster.onExit().get(ORPHAN_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception notStopped) {
            log.warn("PostgreSQL pid {} did not stop in {}s: killing it", postmaster.pid(), ORPHAN_STOP_WAIT.toSeconds());
            postmaster.destroyForcibly();
            postmaster.onExit().join();
        }
    }

    private static Optional<ProcessHandle> orphanPostmaster(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(c -> c.endsWith("postgres")).orElse(false));
    }

    /** SIGINT is PostgreSQL's fast shutdown: it does not wait for the clients the killed JVM left behind. */
    private static void interrupt(long pid) throws IOException {
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
