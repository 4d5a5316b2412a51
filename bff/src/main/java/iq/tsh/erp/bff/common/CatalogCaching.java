package iq.tsh.erp.bff.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Enumeration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * HTTP caching of catalogue answers. The ETag is a hash of the JSON body, so an unchanged answer costs the app a 304
 * and no body. Who may keep a copy depends on whose answer it is:
 * <ul>
 * <li>guest prices (the same for everyone): {@code public, max-age=60}; a proxy may share it for a minute;</li>
 * <li>a signed-in customer's prices (their own price book): {@code private, no-cache} with the ETag: only the
 * customer's device keeps it and revalidates every time, so a changed book shows at once;</li>
 * <li>anything live and personal (the cart badge on home): {@code private, no-store}, no ETag.</li>
 * </ul>
 * Answers vary with the token (the book) and {@code Accept-Language} (the names), which {@code Vary} tells caches.
 */
@Component
public class CatalogCaching {

    private static final CacheControl SHARED = CacheControl.maxAge(java.time.Duration.ofSeconds(60)).cachePublic();
    private static final CacheControl OWN = CacheControl.noCache().cachePrivate();
    private static final CacheControl NEVER = CacheControl.noStore().cachePrivate();
    private static final String VARY = HttpHeaders.AUTHORIZATION + ", " + HttpHeaders.ACCEPT_LANGUAGE;

    private final ObjectMapper json;

    public CatalogCaching(ObjectMapper json) {
        this.json = json;
    }

    /** A catalogue answer priced for the shopper of this request: shared for guests, private for customers. */
    public ResponseEntity<byte[]> forShopper(HttpServletRequest request, Object body) {
        return Shopper.customerId(request).isPresent() ? personal(request, body) : shared(request, body);
    }

    /** The same for every caller: public, short-lived, revalidated by ETag. */
    public ResponseEntity<byte[]> shared(HttpServletRequest request, Object body) {
        return withEtag(request, body, SHARED);
    }

    /** One customer's own answer: their device may keep it but must revalidate (ETag) before each use. */
    public ResponseEntity<byte[]> personal(HttpServletRequest request, Object body) {
        return withEtag(request, body, OWN);
    }

    /** Live personal state: never stored anywhere. */
    public ResponseEntity<byte[]> uncached(Object body) {
        return ResponseEntity.ok().cacheControl(NEVER).header(HttpHeaders.VARY, VARY)
                .contentType(MediaType.APPLICATION_JSON).body(serialise(body));
    }

    private ResponseEntity<byte[]> withEtag(HttpServletRequest request, Object body, CacheControl cacheControl) {
        byte[] bytes = serialise(body);
        String etag = "\"" + hash(bytes) + "\"";
        if (matches(request.getHeaders(HttpHeaders.IF_NONE_MATCH), etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cacheControl)
                    .header(HttpHeaders.VARY, VARY).build();
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(cacheControl).header(HttpHeaders.VARY, VARY)
                .contentType(MediaType.APPLICATION_JSON).body(bytes);
    }

    /** {@code If-None-Match} compares weakly (RFC 9110): a {@code W/} prefix is ignored; {@code *} matches. */
    private static boolean matches(Enumeration<String> headers, String etag) {
        while (headers != null && headers.hasMoreElements()) {
            for (String candidate : headers.nextElement().split(",")) {
                String tag = candidate.strip();
                if (tag.startsWith("W/")) {
                    tag = tag.substring(2);
                }
                if (tag.equals("*") || tag.equals(etag)) {
                    return true;
                }
            }
        }
        return false;
    }

    private byte[] serialise(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a catalogue answer could not be written as JSON", e);
        }
    }

    private static String hash(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
