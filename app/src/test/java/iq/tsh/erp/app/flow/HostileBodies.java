package iq.tsh.erp.app.flow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import iq.tsh.erp.app.Samples;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of hostile webhook deliveries for every kind, built from Zoho's real samples: values no column can hold,
 * duplicate keys, wrong types, deep nesting, truncation, random damage, and bodies under the wrong content type.
 */
final class HostileBodies {

    /** One delivery to send. */
    record Hostile(String kind, String contentType, byte[] body, String label) {
        @Override
        public String toString() {
            return label + " (" + kind + ", " + contentType + ", " + body.length + " bytes)";
        }
    }

    private record Sample(String kind, String wrapper, String json) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLACEHOLDER = "\u0001HOSTILE\u0001";
    private static final List<Sample> SAMPLES = List.of(
            sample("products", "item", "item-created-1.json"),
            sample("products", "item", "item-created-2.json"),
            sample("customers", "contact", "contact-created-1.json"),
            sample("invoices", "invoice", "invoice-created-1.json"),
            sample("bills", "bill", "bill-created-1.json"),
            sample("credit-notes", "creditnote", "creditnote-created-1.json"),
            sample("stock", "inventory_adjustment", "inventoryadjustment-created-1.json"),
            sample("prices", "pricebook", "pricebook-created-1.json"));
    /** JSON fragments no record can use, or that no column can hold. */
    private static final List<String> VALUES = List.of(
            "0.1e2147483648", "1e-2147483647", "1e-2147483648", "-9e999999999", "1e400", "0e-2147483647",
            "123456789012345678901234567890", "1234567890123456.5", "0.0000001", "\"1e-2147483648\"",
            "\"0e-2147483647\"", "\"-1,000,000,000,000,000\"", "\"" + "9".repeat(500) + "\"",
            "\"a\\u0000b\"", "\"\\u0000\"", "\"\\ud800\"", "\"x\\udc00y\"", "\"\\udbff\\u0000\"",
            "[]", "{}", "true", "null", "\"\"", "[1,{\"a\":[]}]", "-0", "\"" + "ز".repeat(3000) + "\"",
            "[".repeat(40) + "]".repeat(40), "[".repeat(1200) + "]".repeat(1200),
            "{\"a\":".repeat(600) + "1" + "}".repeat(600));
    private static final List<String> CONTENT_TYPES = List.of("text/plain", "text/json", "application/xml",
            "multipart/form-data; boundary=x", "application/octet-stream", "application/json-patch+json",
            "text/html;charset=UTF-8", "application/jsonx", "*/*", "");

    private HostileBodies() {
    }

    /** The sample with its ids moved to a range of its own, so other tests' records never meet these. */
    private static Sample sample(String kind, String wrapper, String file) {
        return new Sample(kind, wrapper, Samples.text(file).replace("512864", "812864"));
    }

    private static Arbitrary<Sample> samples() {
        return Arbitraries.of(SAMPLES);
    }

    /** A field of the record (top level or first line) set to a hostile value, in any of the three body forms. */
    static Arbitrary<Hostile> hostileValues() {
        return Combinators.combine(samples(), Arbitraries.of(VALUES), Arbitraries.integers().between(0, 1000),
                        Arbitraries.integers().between(0, 2))
                .as((sample, value, which, form) -> {
                    ObjectNode root = read(sample.json());
                    ObjectNode record = (ObjectNode) root.get(sample.wrapper());
                    ObjectNode target = record;
                    JsonNode lines = record.get("line_items");
                    if (which % 3 == 0 && lines != null && lines.isArray() && !lines.isEmpty()) {
                        target = (ObjectNode) lines.get(0);
                    }
                    List<String> fields = new ArrayList<>();
                    target.fieldNames().forEachRemaining(fields::add);
                    String field = fields.get(which % fields.size());
                    target.put(field, PLACEHOLDER);
                    String json = root.toString().replace(new TextNode(PLACEHOLDER).toString(), value);
                    return inForm(sample.kind(), json, form, field + "=" + abbreviate(value));
                });
    }

    /** A key of the record named twice (with its own value, so that the duplicate is all that is wrong). */
    static Arbitrary<Hostile> duplicateKeys() {
        return Combinators.combine(samples(), Arbitraries.integers().between(0, 1000),
                        Arbitraries.integers().between(0, 2))
                .as((sample, which, form) -> {
                    JsonNode record = read(sample.json()).get(sample.wrapper());
                    List<String> fields = new ArrayList<>();
                    record.fieldNames().forEachRemaining(fields::add);
                    String key = fields.get(which % fields.size());
                    String opening = "\"" + sample.wrapper() + "\"";
                    int brace = sample.json().indexOf('{', sample.json().indexOf(opening) + opening.length());
                    String json = sample.json().substring(0, brace + 1) + new TextNode(key) + ":" + record.get(key)
                            + "," + sample.json().substring(brace + 1);
                    return inForm(sample.kind(), json, form, "duplicate " + key);
                });
    }

    /** A real sample under a content type the webhook does not read (or none). */
    static Arbitrary<Hostile> wrongContentTypes() {
        return Combinators.combine(samples(), Arbitraries.of(CONTENT_TYPES))
                .as((sample, type) -> new Hostile(sample.kind(), type.isEmpty() ? null : type, utf8(sample.json()),
                        "content type " + (type.isEmpty() ? "(none)" : type)));
    }

    /** A sample cut off anywhere before its closing brace, as a proxy timeout leaves it. */
    static Arbitrary<Hostile> truncated() {
        return Combinators.combine(samples(), Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 2))
                .as((sample, cut, form) -> {
                    int end = (int) (sample.json().lastIndexOf('}') * Math.min(cut, 0.9999));
                    String json = sample.json().substring(0, end);
                    return inForm(sample.kind(), json, form, "truncated at " + end);
                });
    }

    /** A sample damaged at random (characters lost or inserted, values swapped, quotes broken, nesting added). */
    static Arbitrary<Hostile> mutated() {
        return Combinators.combine(samples(), Arbitraries.longs(), Arbitraries.integers().between(0, 2))
                .as((sample, seed, form) -> inForm(sample.kind(), Mutations.mutate(sample.json(), new Random(seed)),
                        form, "mutation " + seed));
    }

    /** Raw JSON, JSON holding a JSONString, or a form's JSONString field. */
    private static Hostile inForm(String kind, String json, int form, String label) {
        return switch (form) {
            case 0 -> new Hostile(kind, "application/json", utf8(json), label);
            case 1 -> new Hostile(kind, "application/json;charset=UTF-8",
                    utf8("{\"JSONString\":" + new TextNode(json) + "}"), label + " in JSONString");
            default -> new Hostile(kind, "application/x-www-form-urlencoded",
                    utf8("JSONString=" + URLEncoder.encode(json, StandardCharsets.UTF_8)), label + " in a form");
        };
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    private static byte[] utf8(String text) {
        // A lone surrogate has no UTF-8 form: the JDK writes '?', as any sender's encoder would do.
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectNode read(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
