package iq.tsh.erp.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Zoho sample deliveries (copied from shared/zoho-samples). Tests share one database, so each test gives the
 * sample's Zoho ids a suffix of its own and never meets another test's records.
 */
public final class Samples {

    private Samples() {
    }

    public static String text(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/zoho/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample with the two item ids it uses replaced, so the delivery is about fresh products. */
    public static String withItems(String name, String firstItemId, String secondItemId) {
        return text(name).replace("5128640000000001001", firstItemId).replace("5128640000000001002", secondItemId);
    }

    public static String withItem(String name, String itemId) {
        return withItems(name, itemId, itemId + "9");
    }
}
