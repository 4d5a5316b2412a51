package iq.tsh.erp.bff.address;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Iraqi mobile numbers as customers type them ({@code 0770 123 4567}, {@code +964 770-123-4567}, {@code 00964...},
 * Arabic-Indic digits) in the one form couriers and SMS gateways take: {@code +9647XXXXXXXXX}.
 */
final class IraqiPhone {

    private static final Pattern MOBILE = Pattern.compile("(?:\\+964|00964|0)(7\\d{9})");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-().\\u200e\\u200f]");

    private IraqiPhone() {
    }

    static Optional<String> normalise(String typed) {
        StringBuilder digits = new StringBuilder();
        for (char c : SEPARATORS.matcher(typed).replaceAll("").toCharArray()) {
            if (c >= '\u0660' && c <= '\u0669') {
                digits.append((char) ('0' + (c - '\u0660')));
            } else if (c >= '\u06f0' && c <= '\u06f9') {
                digits.append((char) ('0' + (c - '\u06f0')));
            } else {
                digits.append(c);
            }
        }
        Matcher mobile = MOBILE.matcher(digits);
        return mobile.matches() ? Optional.of("+964" + mobile.group(1)) : Optional.empty();
    }
}
