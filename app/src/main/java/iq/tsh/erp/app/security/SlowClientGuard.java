package iq.tsh.erp.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Semaphore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads every request body up front, before anything else sees the request, so that slow senders cannot hold the
 * server's threads: a servlet thread blocks while a body trickles in, and two hundred clients sending a byte every
 * few seconds would otherwise leave none for {@code /health} and the catalogue. At most {@link ClientLimits} bodies
 * of an audience are read at once (the next one is told 503 to come back, without its body being read) and each must
 * arrive within the time limit (408); both close the connection without waiting for the rest. A body past the
 * endpoint's limit is read (and dropped) up to {@link #DRAIN_LIMIT} within the same time, so the size refusal that
 * follows reaches the client whole; beyond that the connection is closed undrained.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SlowClientGuard extends OncePerRequestFilter {

    private static final String WEBHOOKS = "/api/zoho/webhooks/";
    /** What is read of a body past its limit, to answer the refusal on a clean connection (Tomcat's own default). */
    static final long DRAIN_LIMIT = 2L * 1024 * 1024;

    private final Semaphore webhookReaders;
    private final Semaphore apiReaders;
    private final long timeoutNanos;
    private final long webhookMaxBytes;
    private final long apiMaxBytes;

    SlowClientGuard(ClientLimits limits, SecuritySettings security,
                    @Value("${erp.zoho.webhooks.max-body-size:1MB}") DataSize webhookMaxBody) {
        this.webhookReaders = new Semaphore(limits.webhookBodyReaders());
        this.apiReaders = new Semaphore(limits.apiBodyReaders());
        this.timeoutNanos = limits.bodyReadTimeout().toNanos();
        this.webhookMaxBytes = webhookMaxBody.toBytes();
        this.apiMaxBytes = security.maxRequestSize().toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getContentLengthLong() == 0
                || request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean webhook = request.getRequestURI().startsWith(WEBHOOKS);
        long maxBytes = webhook ? webhookMaxBytes : apiMaxBytes;
        if (request.getContentLengthLong() > DRAIN_LIMIT) {
            // Refused by its length alone (413, by the endpoint or RequestSizeLimit); not worth reading.
            UndrainedConnections.closeWithoutDraining(request);
            chain.doFilter(request, response);
            return;
        }
        Semaphore readers = webhook ? webhookReaders : apiReaders;
        if (!readers.tryAcquire()) {
            response.setHeader("Retry-After", "1");
            refuse(request, response, HttpStatus.SERVICE_UNAVAILABLE, "Too many uploads at once",
                    "the server is reading as many request bodies as it allows; send again in a moment");
            return;
        }
        Body body;
        try {
            // One byte past the limit is kept, so the endpoint's own size check still sees an oversized body.
            body = readWithinTime(request.getInputStream(), maxBytes + 1);
        } catch (TooSlow e) {
            refuse(request, response, HttpStatus.REQUEST_TIMEOUT, "Body too slow",
                    "the request body did not arrive within the time limit");
            return;
        } finally {
            readers.release();
        }
        if (!body.complete()) {
            UndrainedConnections.closeWithoutDraining(request);
        }
        chain.doFilter(new BufferedBodyRequest(request, body.kept()), response);
    }

    /** What was kept of a body, and whether it was read to its end. */
    private record Body(byte[] kept, boolean complete) {
    }

    private Body readWithinTime(InputStream in, long keepBytes) throws IOException, TooSlow {
        long deadline = System.nanoTime() + timeoutNanos;
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        while (total < DRAIN_LIMIT) {
            // Each read waits at most the connector's read timeout for the next bytes; the deadline bounds the sum.
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, DRAIN_LIMIT - total));
            if (read < 0) {
                return new Body(kept.toByteArray(), true);
            }
            int keep = (int) Math.max(0, Math.min(read, keepBytes - kept.size()));
            kept.write(buffer, 0, keep);
            total += read;
            if (System.nanoTime() - deadline > 0) {
                throw new TooSlow();
            }
        }
        return new Body(kept.toByteArray(), false);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                               String title, String detail) throws IOException {
        response.setHeader("Connection", "close");
        UndrainedConnections.closeWithoutDraining(request);
        ProblemResponses.write(request, response, status, title, detail);
    }

    /** The body did not arrive in time. */
    private static final class TooSlow extends Exception {
        TooSlow() {
            super(null, null, false, false);
        }
    }
}
