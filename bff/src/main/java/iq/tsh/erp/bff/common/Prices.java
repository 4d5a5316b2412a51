package iq.tsh.erp.bff.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money as the app shows it: IQD in whole dinars, other currencies (USD) in cents, rounded half-even. */
public final class Prices {

    private Prices() {
    }

    public static BigDecimal forDisplay(BigDecimal amount, String currency) {
        if (amount == null) {
            return null;
        }
        return amount.setScale("IQD".equals(currency) ? 0 : 2, RoundingMode.HALF_EVEN);
    }
}
