package iq.tsh.erp.zoho.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A Zoho JSON object read leniently: ids as numbers or strings, numbers as strings with thousands separators or as
 * {@code ""}, discounts as {@code "5%"}, several time formats. A value of the wrong kind is recorded in
 * {@link FieldErrors} under its full path and read as absent, so one pass finds every problem.
 */
public final class ZohoRecord {

    private static final int MAX_ID_LENGTH = 64;
    private static final BigDecimal MAX_DECIMAL = BigDecimal.TEN.pow(15);
    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private final JsonNode node;
    private final String path;
    private final FieldErrors errors;

    private ZohoRecord(JsonNode node, String path, FieldErrors errors) {
        this.node = node;
        this.path = path;
        this.errors = errors;
    }

    /** The top-level record of a delivery, with a fresh error collector. */
    public static ZohoRecord root(JsonNode node) {
        return new ZohoRecord(node, "", new FieldErrors());
    }

    public FieldErrors errors() {
        return errors;
    }

    private String pathOf(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /** A value present and not blank. */
    public boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull() && !(value.isTextual() && value.asText().isBlank());
    }

    /** An id: a non-blank string or a whole number, kept as its exact digits. Absent is an error. */
    public String requiredId(String field) {
        String id = id(field);
        if (id == null && !hasWrongKind(field)) {
            errors.add(pathOf(field), "is required");
        }
        return id;
    }

    /** An id when present; {@code null} for absent or blank. */
    public String id(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToExactIntegral()) {
            return boundedId(field, value.bigIntegerValue().toString());
        }
        if (value.isTextual()) {
            String text = value.asText().trim();
            return text.isEmpty() ? null : boundedId(field, text);
        }
        errors.add(pathOf(field), "must be an id string, not " + kind(value));
        return null;
    }

    /** Present but neither text nor a whole number: already reported, so not "required" as well. */
    /** Zoho ids are 15-19 digits; anything far longer or with control characters is not an id. */
    private String boundedId(String field, String id) {
        if (id.length() > MAX_ID_LENGTH || id.chars().anyMatch(Character::isISOControl)) {
            errors.add(pathOf(field), "must be an id of at most " + MAX_ID_LENGTH + " visible characters");
            return null;
        }
        return id;
    }

    private boolean hasWrongKind(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull() && !value.isTextual() && !value.isIntegralNumber();
    }

    /** Text that must be present and not blank. */
    public String requiredText(String field) {
        String text = text(field);
        if (text == null && !hasWrongKind(field)) {
            errors.add(pathOf(field), "is required");
        }
        return text;
    }

    /** Text; numbers and booleans become their literal; blank is absent; objects and arrays are errors. */
    public String text(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isContainerNode()) {
            errors.add(pathOf(field), "must be text, not " + kind(value));
            return null;
        }
        String text = storable(value.asText()).strip();
        return text.isEmpty() ? null : text;
    }

    /**
     * Text as sent, except what no database column can hold: NUL characters are dropped (PostgreSQL text rejects
     * them) and lone surrogates, which have no UTF-8 form, become U+FFFD. Bidi marks, joiners and emoji stay.
     */
    static String storable(String text) {
        StringBuilder clean = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            String replacement = c == '\u0000' ? "" : Character.isSurrogate(c) && !pair ? "\uFFFD" : null;
            if (replacement != null && clean == null) {
                clean = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (clean != null) {
                if (replacement != null) {
                    clean.append(replacement);
                } else if (pair) {
                    clean.append(c).append(text.charAt(i + 1));
                } else {
                    clean.append(c);
                }
            }
            if (pair) {
                i++;
            }
        }
        return clean == null ? text : clean.toString();
    }

    /** A decimal from a number or a string like {@code "18,500.000"}, {@code "5%"}; blank is absent. */
    public BigDecimal decimal(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return bounded(field, value.decimalValue());
        }
        if (value.isTextual()) {
            String text = value.asText().strip().replace(",", "");
            if (text.endsWith("%")) {
                text = text.substring(0, text.length() - 1).strip();
            }
            if (text.isEmpty()) {
                return null;
            }
            if (DECIMAL.matcher(text).matches()) {
                return bounded(field, new BigDecimal(text));
            }
        }
        errors.add(pathOf(field), "must be a number, not " + describe(value));
        return null;
    }

    /** Amounts and quantities beyond any real document (and beyond the read tables' numeric columns) are errors. */
    private BigDecimal bounded(String field, BigDecimal number) {
        if (number.abs().compareTo(MAX_DECIMAL) >= 0) {
            errors.add(pathOf(field), "is out of range: at most 15 digits before the decimal point");
            return null;
        }
        return number;
    }

    /** A time the business can have meant; absurd ones (year 152333409) would poison every read model. */
    private Instant plausible(String field, Instant time, JsonNode value) {
        if (time.isBefore(EARLIEST) || !time.isBefore(LATEST)) {
            errors.add(pathOf(field), "must be a time between 1970 and 2200, not " + describe(value));
            return null;
        }
        return time;
    }

    /** A point in time: Zoho's offset forms, ISO-8601, epoch milliseconds or a bare date. */
    public Instant instant(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isTextual() && value.asText().isBlank()) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return plausible(field, Instant.ofEpochMilli(value.longValue()), value);
        }
        if (value.isTextual()) {
            var parsed = ZohoTimes.parseInstant(value.asText());
            if (parsed.isPresent()) {
                return plausible(field, parsed.get(), value);
            }
        }
        errors.add(pathOf(field), "must be a time like 2025-05-06T12:44:26+0530, not " + describe(value));
        return null;
    }

    /** A calendar date ({@code yyyy-MM-dd}, or the date part of a time). */
    public LocalDate date(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isTextual() && value.asText().isBlank()) {
            return null;
        }
        if (value.isTextual()) {
            var parsed = ZohoTimes.parseDate(value.asText());
            if (parsed.isPresent()) {
                return parsed.get();
            }
        }
        errors.add(pathOf(field), "must be a date like 2025-03-19, not " + describe(value));
        return null;
    }

    /** A boolean from {@code true}, {@code "true"} or the like; other values are errors. */
    public Boolean bool(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isTextual() && (value.asText().equalsIgnoreCase("true") || value.asText().equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(value.asText());
        }
        errors.add(pathOf(field), "must be true or false, not " + describe(value));
        return null;
    }

    /** The objects of an array field; absent is empty; anything but an array of objects is an error. */
    public List<ZohoRecord> objects(String field) {
        JsonNode value = node.get(field);
        List<ZohoRecord> records = new ArrayList<>();
        if (value == null || value.isNull()) {
            return records;
        }
        if (!value.isArray()) {
            errors.add(pathOf(field), "must be an array, not " + kind(value));
            return records;
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            String elementPath = pathOf(field) + "[" + i + "]";
            if (element.isObject()) {
                records.add(new ZohoRecord(element, elementPath, errors));
            } else {
                errors.add(elementPath, "must be an object, not " + kind(element));
            }
        }
        return records;
    }

    /** The object under a field ({@code billing_address}); {@code null} when absent or blank; anything else is an error. */
    public ZohoRecord object(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isTextual() && value.asText().isBlank()) {
            return null;
        }
        if (!value.isObject()) {
            errors.add(pathOf(field), "must be an object, not " + kind(value));
            return null;
        }
        return new ZohoRecord(value, pathOf(field), errors);
    }

    /** Reports a field that is present but holds a value this mapping does not accept. */
    public void reject(String field, String message) {
        errors.add(pathOf(field), message);
    }

    private static String kind(JsonNode value) {
        return value.getNodeType().name().toLowerCase();
    }

    private static String describe(JsonNode value) {
        if (value.isTextual()) {
            String text = value.asText();
            return '"' + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + '"';
        }
        return kind(value);
    }
}
