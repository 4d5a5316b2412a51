package iq.tsh.erp.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import iq.tsh.erp.app.ApplicationTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Requests Tomcat refuses before Spring sees them still get a problem detail, not Tomcat's HTML page. */
class TomcatProblemsTest extends ApplicationTest {

    @Test
    void aRawArabicSearchIsRefusedAsAProblem() throws IOException {
        String answer = raw("GET /api/mobile/search?q=زيت HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(answer).contains("\"status\":400").doesNotContain("<html");
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
