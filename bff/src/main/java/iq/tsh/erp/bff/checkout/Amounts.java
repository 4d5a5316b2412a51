package iq.tsh.erp.bff.checkout;

import iq.tsh.erp.bff.common.Prices;
import java.math.BigDecimal;

/** The currency's smallest unit and rounding, the same as {@link Prices} (IQD whole dinars, USD cents, half-even). */
final class Amounts {

    private Amounts() {
    }

    static BigDecimal round(BigDecimal amount, String currency) {
        return Prices.forDisplay(amount, currency);
    }

    static int scale(String currency) {
        return "IQD".equals(currency) ? 0 : 2;
    }

    static BigDecimal smallestUnit(String currency) {
        return BigDecimal.ONE.movePointLeft(scale(currency));
    }

    static BigDecimal zero(String currency) {
        return BigDecimal.ZERO.setScale(scale(currency));
    }
}
