package iq.tsh.erp.app.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Samples;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two hundred clients send request bodies a byte every two seconds (half to the webhooks, half to the public
 * checkout calculation, neither needs a token): health and product reads still answer within a second, because
 * bodies are read by a bounded number of threads, each within a time limit, and the rest are told to come back.
 */
class SlowClientTest extends ApplicationTest {

    private static final int SLOW_CLIENTS = 200;
    private static final String ITEM = "7300000000000000001";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void slowSendersDoNotStarveHealthAndReads() throws Exception {
        assertThat(http().postJson("/api/zoho/webhooks/products", Samples.withItem("item-created-1.json", ITEM))
                .status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> http().get("/api/mobile/products/" + ITEM).status() == 200);

        List<Socket> slow = new ArrayList<>();
        ScheduledExecutorService drip = Executors.newSingleThreadScheduledExecutor();
        try {
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                slow.add(openSlowUpload(i % 2 == 0 ? "/api/zoho/webhooks/products" : "/api/mobile/checkout/calculate"));
            }
            drip.scheduleAtFixedRate(() -> slow.forEach(SlowClientTest::sendOneByte), 2, 2, TimeUnit.SECONDS);

            long slowestHealth = 0;
            long slowestRead = 0;
            long until = System.nanoTime() + Duration.ofSeconds(6).toNanos();
            int probes = 0;
            while (System.nanoTime() < until) {
                slowestHealth = Math.max(slowestHealth, timed("/health"));
                slowestRead = Math.max(slowestRead, timed("/api/mobile/products/" + ITEM));
                probes++;
            }
            System.out.println("Slow clients: " + SLOW_CLIENTS + " trickling bodies; " + probes + " rounds of a "
                    + "health check and a product read, slowest " + slowestHealth + " ms and " + slowestRead + " ms");
            assertThat(slowestHealth).isLessThan(1000);
            assertThat(slowestRead).isLessThan(1000);

            // Those beyond the readers' limit were told to come back, without their bodies being waited for.
            Set<Socket> toldToComeBack = new HashSet<>();
            await().atMost(Duration.ofSeconds(5)).until(() -> {
                slow.stream().filter(socket -> !toldToComeBack.contains(socket)).filter(SlowClientTest::answered503)
                        .forEach(toldToComeBack::add);
                return toldToComeBack.size() >= SLOW_CLIENTS - 96;
            });
        } finally {
            drip.shutdownNow();
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    private long timed(String path) throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(answer.statusCode()).isEqualTo(200);
        return millis;
    }

    private Socket openSlowUpload(String path) throws IOException {
        Socket socket = new Socket("localhost", port);
        String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 2000\r\n\r\n{";
        socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    private static void sendOneByte(Socket socket) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(' ');
            out.flush();
        } catch (IOException closedByServer) {
            // The server hung up on it (503 or 408): exactly what it should do.
        }
    }

    private static boolean answered503(Socket socket) {
        try {
            InputStream in = socket.getInputStream();
            if (in.available() < 12) {
                return false;
            }
            byte[] status = in.readNBytes(12);
            return new String(status, StandardCharsets.US_ASCII).equals("HTTP/1.1 503");
        } catch (IOException e) {
            return false;
        }
    }
}
