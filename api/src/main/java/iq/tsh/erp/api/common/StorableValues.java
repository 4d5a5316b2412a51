package iq.tsh.erp.api.common;

import java.math.BigDecimal;

/**
 * The one definition of what a value from outside may hold before anything stores it: decided once, applied at every
 * edge (webhooks, mobile and admin bodies, query values, token claims). A value past these bounds would be stored as
 * an event and then fail in a projection (PostgreSQL text cannot hold NUL; {@code numeric} cannot hold an exponent of
 * two billion), so it is refused at the edge with the field at fault instead.
 */
public final class StorableValues {

    /** Digits before the decimal point: every amount and quantity the business has, and what the read tables hold. */
    public static final int MAX_INTEGER_DIGITS = 15;
    /** Digits after the decimal point: money has at most 3 (IQD has none), exchange rates use 6. */
    public static final int MAX_SCALE = 6;
    /** How far the decimal point may be written from the digits ({@code 1.000…} or {@code 0E-n}), before stripping. */
    private static final int MAX_WRITTEN_SCALE = 100;

    private StorableValues() {
    }

    /** Why the text cannot be stored (a NUL, or a lone UTF-16 surrogate that has no UTF-8 form), or {@code null}. */
    public static String textProblem(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "must not contain the NUL character";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must be valid Unicode text (it holds an unpaired surrogate)";
            }
        }
        return null;
    }

    /**
     * Why the number is out of bounds, or {@code null}. Cheap whatever the exponent ({@code 1e-2147483647},
     * {@code 1e10000000}): only precision and scale are looked at, the number is never expanded.
     */
    public static String decimalProblem(BigDecimal number) {
        if (number == null) {
            return null;
        }
        // Even a zero can be written 0E-2147483647, which numeric cannot read; no real amount needs such an exponent.
        if (Math.abs((long) number.scale()) > MAX_WRITTEN_SCALE) {
            return "is not a plain decimal number: its exponent is out of range";
        }
        if (number.signum() == 0) {
            return null;
        }
        if ((long) number.precision() - number.scale() > MAX_INTEGER_DIGITS) {
            return "is out of range: at most " + MAX_INTEGER_DIGITS + " digits before the decimal point";
        }
        if (number.stripTrailingZeros().scale() > MAX_SCALE) {
            return "has too many decimals: at most " + MAX_SCALE + " digits after the decimal point";
        }
        return null;
    }

    /**
     * The text with what no column or log can hold made harmless (NUL dropped, lone surrogates as U+FFFD), for
     * echoing untrusted input in a problem detail, a log line or a stored error, never for data.
     */
    public static String printable(String text) {
        if (text == null || textProblem(text) == null) {
            return text;
        }
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                clean.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                clean.append('\uFFFD');
            } else if (c != '\u0000') {
                clean.append(c);
            }
        }
        return clean.toString();
    }

    /**
     * {@link #printable(String)}, at most {@code maxLength} characters: a longer text is cut (never inside a surrogate
     * pair) and ends with an ellipsis, for a column of that width or a message that quotes untrusted input.
     */
    public static String printable(String text, int maxLength) {
        String printable = printable(text);
        if (printable == null || printable.length() <= maxLength) {
            return printable;
        }
        int end = maxLength - 1;
        if (end > 0 && Character.isHighSurrogate(printable.charAt(end - 1))) {
            end--;
        }
        return printable.substring(0, end) + "…";
    }
}
