package iq.tsh.erp.api.common;

import java.math.BigDecimal;

/**
 * One canonical form for decimals in messages, so that {@code 18500}, {@code 18500.00} and {@code 1.85E+4} compare
 * equal (an unchanged Zoho snapshot must not look changed) and serialise as plain numbers.
 */
public final class Decimals {

    private Decimals() {
    }

    /** The value without trailing zeros and never in exponent form; {@code null} stays {@code null}. */
    public static BigDecimal normalize(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Zero when absent, for sums. */
    public static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
