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
import java.util.Map;

/** The application jar running in a child JVM on a free port and a fresh data directory, for one benchmark. */
final class RunningApp implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private RunningApp(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static RunningApp start(Path jar, Map<String, String> environment) throws IOException, InterruptedException {
        int port = freePort();
        Path dataDir = Files.createTempDirectory("tsh-erp-bench");
        Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        ProcessBuilder builder = new ProcessBuilder("java", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("ERP_DATA_DIR", dataDir.toString());
        builder.environment().putAll(environment);
        RunningApp app = new RunningApp(builder.start(), port, log);
        app.awaitHealthy(Duration.ofSeconds(90));
        return app;
    }

    /** The application's own log (standard output and error). */
    Path log() {
        return log;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void awaitHealthy(Duration patience) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application exited with " + process.exitValue());
            }
            try {
                HttpResponse<Void> health = client.send(HttpRequest.newBuilder(URI.create(url("/health"))).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the application was not healthy within " + patience);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
