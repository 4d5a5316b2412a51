package iq.tsh.erp.zoho.parse;

import com.fasterxml.jackson.databind.JsonNode;
import iq.tsh.erp.api.common.StorableValues;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
    /** Longer number text is no amount (and parsing a megabyte of digits costs seconds). */
    private static final int MAX_DECIMAL_TEXT = 100;
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

    /**
     * An id: a non-blank string or a whole number, kept as its exact digits. Absent is an error; a value present but
     * unusable is reported once, for what is wrong with it, not as "required" as well.
     */
    public String requiredId(String field) {
        String id = id(field);
        if (id == null && !has(field)) {
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
            if (StorableValues.textProblem(value.asText()) != null) {
                // Checked before stripping: trim() used to drop a trailing NUL silently and take "76\u0000" as id 76.
                errors.add(pathOf(field), "must be an id of at most " + MAX_ID_LENGTH + " visible characters");
                return null;
            }
            String text = value.asText().strip();
            return text.isEmpty() ? null : boundedId(field, text);
        }
        errors.add(pathOf(field), "must be an id string, not " + kind(value));
        return null;
    }

    /** Zoho ids are 15-19 digits; anything far longer, with control characters or broken Unicode is not an id. */
    private String boundedId(String field, String id) {
        if (id.length() > MAX_ID_LENGTH || id.chars().anyMatch(Character::isISOControl)
                || StorableValues.textProblem(id) != null) {
            errors.add(pathOf(field), "must be an id of at most " + MAX_ID_LENGTH + " visible characters");
            return null;
        }
        return id;
    }

    /** Text that must be present and not blank. */
    public String requiredText(String field) {
        String text = text(field);
        if (text == null && !has(field)) {
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
        String text = value.asText();
        String problem = StorableValues.textProblem(text);
        if (problem != null) {
            // Refused, not repaired: a silently altered name or address would be stored as if Zoho had sent it.
            errors.add(pathOf(field), problem);
            return null;
        }
        text = text.strip();
        return text.isEmpty() ? null : text;
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
            if (text.length() > MAX_DECIMAL_TEXT) {
                errors.add(pathOf(field), "is out of range: at most " + StorableValues.MAX_INTEGER_DIGITS
                        + " digits before the decimal point");
                return null;
            }
            if (DECIMAL.matcher(text).matches()) {
                try {
                    return bounded(field, new BigDecimal(text));
                } catch (NumberFormatException e) {
                    // The exponent does not fit an int ("1e-2147483648"): no column can hold it.
                    errors.add(pathOf(field), "is a number no column can hold (its exponent is out of range)");
                    return null;
                }
            }
        }
        errors.add(pathOf(field), "must be a number, not " + describe(value));
        return null;
    }

    /**
     * Amounts and quantities beyond any real document and the read tables' numeric columns are errors (the bounds are
     * {@link StorableValues}', which also refuse a wild exponent such as {@code 0E-2147483647}). What passes is
     * brought to a plain scale: {@code 0E-9} is zero and {@code 1.50000000} is {@code 1.500000}, so no column ever
     * meets an exponent.
     */
    private BigDecimal bounded(String field, BigDecimal number) {
        String problem = StorableValues.decimalProblem(number);
        if (problem != null) {
            errors.add(pathOf(field), problem);
            return null;
        }
        if (number.signum() == 0) {
            return number.scale() >= 0 && number.scale() <= StorableValues.MAX_SCALE ? number : BigDecimal.ZERO;
        }
        return number.scale() > StorableValues.MAX_SCALE
                ? number.setScale(StorableValues.MAX_SCALE, RoundingMode.UNNECESSARY) : number;
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
