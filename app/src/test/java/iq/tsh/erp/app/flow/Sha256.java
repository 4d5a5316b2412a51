package iq.tsh.erp.app.flow;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The inbox keys deliveries by the SHA-256 of their bytes; tests find a delivery's row the same way. */
final class Sha256 {

    private Sha256() {
    }

    static String hex(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
