package iq.tsh.erp.app.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A hostile value as sent (already percent-encoded for a URL, or raw JSON text for a body), and whether the system
 * must refuse it wherever it is read ({@code unstorable}: NUL, broken Unicode, numbers past StorableValues, keys
 * given twice, nesting past 32 levels). The others (wrong types, huge or odd text) may be accepted or refused, but
 * never with a 5xx.
 */
record HostileValue(String text, boolean unstorable) {

    static HostileValue refused(String text) {
        return new HostileValue(text, true);
    }

    static HostileValue odd(String text) {
        return new HostileValue(text, false);
    }

    /** For path variables: only what java.net.URI lets a client send at all. */
    static final List<HostileValue> PATH = List.of(
            refused("%00"), refused("a%00b"), refused("%ED%A0%80"), refused("%ED%B0%80"), refused("%C0%80"),
            refused("%FF"), refused("%E2%82"),
            odd("x".repeat(300)), odd("x".repeat(4000)), odd("'%20or%201=1%20--"), odd("%F0%9F%92%A9"),
            odd("%2e%2e"), odd(".."), odd("%2F"), odd("%5C"), odd("%25"), odd("%3B"), odd("-1"), odd("0"),
            odd("1e400"), odd("99999999999999999999999"), odd("%D8%B2%D9%8A%D8%AA"), odd("%E2%80%AE"),
            odd("null"), odd("%20"), odd("item:"), odd("%3Cscript%3E"));

    /** For query values and names. None is a "true" Spring would bind to a boolean (see plausibleValue). */
    static final List<HostileValue> QUERY = List.of(
            refused("%00"), refused("a%00"), refused("%ED%A0%80"), refused("%C0%80"), refused("%FF"),
            refused("%E2%82"), refused("%F0%9F%92"),
            odd(""), odd("-1"), odd("abc"), odd("1e10000000"), odd("-1e10000000"), odd("1e-2147483647"),
            odd("0.1e2147483648"), odd("99999999999999999999999"), odd("x".repeat(3000)),
            odd("%27%20or%201%3D1%20--"), odd("%3Cscript%3E"), odd("+"), odd("%26"), odd("%F0%9F%92%A9"),
            odd("NaN"), odd("-0"), odd("2026-13-45T99:99:99Z"), odd("%D8%B2%D9%8A%D8%AA"), odd("%2C%2C"),
            odd("bm9wZQ"), odd("%25%25"));

    /** For a place in a JSON body (or the whole body). */
    static final List<HostileValue> JSON = jsonValues();

    private static List<HostileValue> jsonValues() {
        List<HostileValue> values = new ArrayList<>(List.of(
                refused("\"\\u0000\""), refused("\"a\\u0000b\""), refused("\"\\ud800\""), refused("\"\\udfff x\""),
                refused("\"\\ud800\\ud800\""), refused("\"\\udc00\\ud800\""),
                refused("1e-2147483647"), refused("1e10000000"), refused("0.1e2147483648"), refused("-1e10000000"),
                refused("1e400"), refused("99999999999999999999999"), refused("1" + "0".repeat(1200)),
                refused("0.0000001"), refused("1234567890123456"), refused("{\"a\":\"\\u0000\"}"),
                refused("[\"\\ud800\"]"), refused("{\"k\":1,\"k\":2}"), refused("{\"\\u0000\":1}"),
                refused("[".repeat(40) + "]".repeat(40)), refused("[".repeat(3000) + "]".repeat(3000)),
                refused("{\"a\":".repeat(40) + "1" + "}".repeat(40)),
                odd("\"\\ud83d\\ude00\""), odd("\"" + "x".repeat(100_000) + "\""), odd("\"\""), odd("\"   \""),
                odd("\"<script>alert(1)</script>\""), odd("\"' or 1=1 --\""), odd("\"٣٤٥\""), odd("\"\\u202e\""),
                odd("\"1e10000000\""), odd("\"\\\\u0000\""), odd("-1"), odd("0"), odd("1.5"), odd("2147483648"),
                odd("-0"), odd("999999999999999"), odd("1e2"), odd("1E-6"), odd("true"), odd("false"), odd("null"),
                odd("[]"), odd("{}"), odd("[1,2,3]"), odd("[null]"), odd("[".repeat(30) + "]".repeat(30))));
        return List.copyOf(values);
    }

    /** Whole bodies that are not JSON, or not the JSON any endpoint reads. */
    static final List<HostileValue> RAW_BODY = List.of(
            odd(""), odd("{"), odd("[]"), odd("null"), odd("\"x\""), odd("{\"a\":"), odd("123"), odd("{}"),
            odd("{\"a\":1}{\"b\":2}"), odd("\uFEFF{}"), odd("{'a':1}"), odd("{\"a\":\"raw\u0000nul\"}"),
            odd("x".repeat(300_000)), refused("\"\\u0000\""), refused("[\"\\ud800\"]"));

    @Override
    public String toString() {
        String shown = text.length() > 60 ? text.substring(0, 60) + "…(" + text.length() + " chars)" : text;
        return (unstorable ? "unstorable " : "") + shown;
    }
}
