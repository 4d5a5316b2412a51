package iq.tsh.erp.app.flow;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Ways a Zoho body goes wrong in transit or in a careless integration, applied at random. */
final class Mutations {

    private static final Pattern NUMBER = Pattern.compile(":\\s*(-?\\d+(\\.\\d+)?)");
    private static final Pattern STRING_VALUE = Pattern.compile(":\\s*\"([^\"\\\\]*)\"");
    private static final String[] NOISE = {"{", "}", "[", "]", "\"", ",", ":", "\\", "\\u0000", "\u202e", "🛒", "null",
            "١٢٣", "'; DROP TABLE products;--", "1e400", "-0", "\uFEFF"};

    private Mutations() {
    }

    static String mutate(String json, Random random) {
        return switch (random.nextInt(9)) {
            case 0 -> json.substring(0, random.nextInt(json.length()));
            case 1 -> deleteChar(json, random);
            case 2 -> insert(json, random, NOISE[random.nextInt(NOISE.length)]);
            case 3 -> replaceValues(json, NUMBER, random, ": \"" + random.nextInt(1000) + ",5%\"");
            case 4 -> replaceValues(json, STRING_VALUE, random, random.nextBoolean() ? ": 12345678901234567890123" : ": {}");
            case 5 -> replaceValues(json, STRING_VALUE, random, ": \"\"");
            case 6 -> replaceValues(json, NUMBER, random, random.nextBoolean() ? ": null" : ": [1,2]");
            case 7 -> "[".repeat(random.nextInt(2000)) + json;
            default -> json.replace("\"", random.nextBoolean() ? "'" : "\"\"");
        };
    }

    private static String deleteChar(String json, Random random) {
        int at = random.nextInt(json.length());
        return json.substring(0, at) + json.substring(at + 1);
    }

    private static String insert(String json, Random random, String noise) {
        int at = random.nextInt(json.length());
        return json.substring(0, at) + noise + json.substring(at);
    }

    /** Replaces every match with probability one half, so several fields change at once. */
    private static String replaceValues(String json, Pattern pattern, Random random, String replacement) {
        Matcher matcher = pattern.matcher(json);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, random.nextBoolean() ? Matcher.quoteReplacement(replacement) : "$0");
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
