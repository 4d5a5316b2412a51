package iq.tsh.erp.ops.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads back what Axon and the inbox stored (JSON in bytea, ISO times in text columns) without ever failing: a
 * dashboard that breaks on one odd row hides everything else, so an unreadable value is shown as it is.
 */
final class StoredValues {

    static final ObjectMapper JSON = new ObjectMapper();

    private StoredValues() {
    }

    /** The JSON in {@code bytes}; text when it is not JSON; JSON null when there are no bytes. */
    static JsonNode json(byte[] bytes) {
        if (bytes == null) {
            return NullNode.instance;
        }
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            return TextNode.valueOf(new String(bytes, StandardCharsets.UTF_8));
        }
    }

    static JsonNode json(String text) {
        return text == null ? NullNode.instance : json(text.getBytes(StandardCharsets.UTF_8));
    }

    /** An ISO time as Axon writes it ({@code 2025-05-06T09:00:00.123Z}); null when absent or unreadable. */
    static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A time in JSON: an ISO string, or epoch seconds with a fraction (Jackson's numeric form). */
    static Instant instant(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isNumber()) {
            BigDecimal seconds = node.decimalValue();
            return Instant.ofEpochSecond(seconds.longValue(),
                    seconds.remainder(BigDecimal.ONE).movePointRight(9).intValue());
        }
        return instant(node.asText());
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** The class name without its package: {@code ProductSynced} for {@code iq.tsh.erp.api.product.ProductSynced}. */
    static String simpleName(String type) {
        return type == null ? null : type.substring(type.lastIndexOf('.') + 1);
    }
}
