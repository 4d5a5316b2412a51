package iq.tsh.erp.api.common;

import java.math.BigDecimal;
import java.util.Objects;

/** An amount with its ISO 4217 currency (IQD or USD for TSH); the amount is kept in canonical decimal form. */
public record Money(BigDecimal amount, String currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        amount = Decimals.normalize(amount);
    }
}
