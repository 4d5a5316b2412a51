package iq.tsh.erp.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application jar running in a child JVM on a free port, with its embedded PostgreSQL in a data directory the
 * caller owns (so a second start finds the data of the first). Knows how long it took to answer {@code /health}
 * and, from the application's log line, the port of its embedded PostgreSQL.
 */
final class RunningApp implements AutoCloseable {

    private static final Pattern DATABASE_PORT = Pattern.compile("Embedded PostgreSQL started on port (\\d+)");
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(60);

    private final Process process;
    private final int port;
    private final Path log;
    private final Thread killOnExit;
    private double startSeconds;

    private RunningApp(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.killOnExit = new Thread(process::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    static RunningApp start(Path jar, Map<String, String> environment, Path dataDir)
            throws IOException, InterruptedException {
        return start(jar, environment, dataDir, List.of());
    }

    /** With options for the application's JVM ({@code -XX:StartFlightRecording=...} for a profile). */
    static RunningApp start(Path jar, Map<String, String> environment, Path dataDir, List<String> jvmOptions)
            throws IOException, InterruptedException {
        int port = freePort();
        Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("ERP_DATA_DIR", dataDir.toString());
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        RunningApp app = new RunningApp(builder.start(), port, log);
        try {
            app.awaitHealthy(Duration.ofSeconds(120));
        } catch (RuntimeException | InterruptedException e) {
            app.close();
            throw e;
        }
        app.startSeconds = (System.nanoTime() - start) / 1e9;
        return app;
    }

    /** From launching the JVM to the first 200 of {@code /health}. */
    double startSeconds() {
        return startSeconds;
    }

    /** The application's own log (standard output and error). */
    Path log() {
        return log;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** The embedded PostgreSQL the application uses, as its log announced it (the last start's line wins). */
    String jdbcUrl() throws IOException {
        Matcher matcher = DATABASE_PORT.matcher(Files.readString(log));
        String found = null;
        while (matcher.find()) {
            found = matcher.group(1);
        }
        if (found == null) {
            throw new IllegalStateException("no 'Embedded PostgreSQL started on port' line in " + log);
        }
        return "jdbc:postgresql://localhost:" + found + "/postgres";
    }

    private void awaitHealthy(Duration patience) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> health = client.send(HttpRequest.newBuilder(URI.create(url("/health")))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the application was not healthy within " + patience + "; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** SIGTERM (the application drains and stops its PostgreSQL), then SIGKILL if it does not stop in time. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(STOP_PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
            Report.line("the application did not stop within %d s: killing it", STOP_PATIENCE.toSeconds());
            process.destroyForcibly().waitFor();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }
}
