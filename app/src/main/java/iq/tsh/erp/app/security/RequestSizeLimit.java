package iq.tsh.erp.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the configured size on every endpoint before any endpoint reads them (only
 * {@link SlowClientGuard}, first, has read them, within its limits). Webhooks are left to their own, larger limit,
 * which counts the bytes actually read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestSizeLimit extends OncePerRequestFilter {

    private final long maxBytes;

    RequestSizeLimit(SecuritySettings settings) {
        this.maxBytes = settings.maxRequestSize().toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/api/zoho/webhooks/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes || isChunked(request)) {
            ProblemResponses.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "Body too large",
                    "a request body may hold at most " + maxBytes + " bytes, with a Content-Length");
            return;
        }
        chain.doFilter(request, response);
    }

    /** A body without a length cannot be bounded up front; API clients always send one. */
    private static boolean isChunked(HttpServletRequest request) {
        return request.getContentLengthLong() < 0 && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
    }
}
