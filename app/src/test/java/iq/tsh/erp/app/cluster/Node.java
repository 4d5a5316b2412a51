package iq.tsh.erp.app.cluster;

import iq.tsh.erp.app.TshErpApplication;
import iq.tsh.erp.app.Tokens;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One instance of the application in a JVM of its own, as ops run it: the main classes only, configured through the
 * environment, its output in a file. It can be stopped (SIGTERM) or killed (SIGKILL) like a real one.
 */
final class Node {

    static final String WEBHOOK_SECRET = "test-only-webhook-secret-for-two-nodes";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;

    private Node(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts an instance on {@code databaseUrl} and waits until its health answers. */
    static Node start(String name, String databaseUrl, Map<String, String> extraEnvironment) throws IOException {
        Map<String, String> environment = new java.util.HashMap<>(extraEnvironment);
        environment.put("DATABASE_URL", databaseUrl);
        return start(name, environment);
    }

    /** Starts an instance on its embedded PostgreSQL in {@code dataDir} and waits until its health answers. */
    static Node startEmbedded(String name, Path dataDir, Map<String, String> extraEnvironment) throws IOException {
        Map<String, String> environment = new java.util.HashMap<>(extraEnvironment);
        environment.put("ERP_DATA_DIR", dataDir.toString());
        return start(name, environment);
    }

    private static Node start(String name, Map<String, String> extraEnvironment) throws IOException {
        int port = freePort();
        Path log = Files.createDirectories(Path.of("target", "cluster")).resolve(name + "-" + System.nanoTime() + ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-cp", mainClasspath(), TshErpApplication.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("PORT", Integer.toString(port));
        environment.put("ERP_JWT_SECRET", Tokens.SECRET);
        environment.put("ZOHO_WEBHOOK_SECRET", WEBHOOK_SECRET);
        environment.put("TDS_NODE_ID", name);
        environment.put("TDS_QUEUE_POLL_INTERVAL_MS", "200");
        environment.put("ZOHO_CATCHUP_ENABLED", "false");
        environment.putAll(extraEnvironment);
        Node node = new Node(name, port, log, builder.start());
        node.awaitHealthy(Duration.ofSeconds(180));
        return node;
    }

    /** The application classes and libraries, without the test classes (their test-only projections). */
    private static String mainClasspath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void awaitHealthy(Duration patience) {
        long until = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " ended while starting:\n" + logText());
            }
            try {
                if (get("/health").statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // Still starting.
            }
            try {
                process.waitFor(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError(name + " did not become healthy within " + patience + ":\n" + logText());
    }

    HttpResponse<String> get(String path) throws IOException {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    HttpResponse<String> post(String path, String token) throws IOException {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** A Zoho delivery to this node, signed as Zoho signs it. */
    HttpResponse<String> deliver(String kind, String body) throws IOException {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/zoho/webhooks/" + kind))
                    .header("Content-Type", "application/json")
                    .header("X-Zoho-Webhook-Signature", sign(body))
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static String sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** SIGTERM, and how long the JVM took to exit. */
    Duration stop() throws IOException, InterruptedException {
        long started = System.nanoTime();
        new ProcessBuilder("kill", "-TERM", Long.toString(process.pid())).start().waitFor();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(name + " did not exit within 60 s of SIGTERM:\n" + logText());
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** SIGKILL: no shutdown at all, as in a crash. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String logText() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines logged at ERROR and lines of stack traces. */
    List<String> errorsAndStackTraces() {
        return logText().lines()
                .filter(line -> line.contains(" ERROR ") || line.startsWith("\tat ") || line.startsWith("Caused by:"))
                .toList();
    }
}
