package iq.tsh.erp.zoho.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks {@code X-Zoho-Webhook-Signature}: lower-case hex HMAC-SHA256 with the shared secret over the raw body, or,
 * when the webhook URL carries query parameters, over the parameters sorted by name as {@code name+value} followed
 * by the raw body (Zoho's documented rule). Comparison is in constant time.
 */
final class WebhookSignature {

    private WebhookSignature() {
    }

    /** Which signed string a valid signature covers; the query form is the only one that covers the event name. */
    enum Form {
        /** No secret matched. */
        NONE,
        /** The raw body alone. */
        BODY,
        /** The sorted query parameters as {@code name+value}, then the raw body. */
        QUERY
    }

    static boolean isValid(String signature, byte[] body, Map<String, String> queryParameters, List<String> secrets) {
        return verify(signature, body, queryParameters, secrets) != Form.NONE;
    }

    /** The form the signature was made over, or {@link Form#NONE}. */
    static Form verify(String signature, byte[] body, Map<String, String> queryParameters, List<String> secrets) {
        if (signature == null || signature.isBlank()) {
            return Form.NONE;
        }
        byte[] given = signature.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        byte[] withParameters = queryParameters.isEmpty() ? null : withSortedParameters(queryParameters, body);
        boolean overBody = false;
        boolean overQuery = false;
        for (String secret : secrets) {
            // No early exit: every candidate is computed, so timing does not tell which one matched.
            overBody |= MessageDigest.isEqual(given, hmacHex(secret, body));
            if (withParameters != null) {
                overQuery |= MessageDigest.isEqual(given, hmacHex(secret, withParameters));
            }
        }
        return overQuery ? Form.QUERY : overBody ? Form.BODY : Form.NONE;
    }

    private static byte[] withSortedParameters(Map<String, String> parameters, byte[] body) {
        StringBuilder prefix = new StringBuilder();
        new TreeMap<>(parameters).forEach((name, value) -> prefix.append(name).append(value));
        byte[] head = prefix.toString().getBytes(StandardCharsets.UTF_8);
        byte[] signed = new byte[head.length + body.length];
        System.arraycopy(head, 0, signed, 0, head.length);
        System.arraycopy(body, 0, signed, head.length, body.length);
        return signed;
    }

    static byte[] hmacHex(String secret, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(data)).getBytes(StandardCharsets.US_ASCII);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
