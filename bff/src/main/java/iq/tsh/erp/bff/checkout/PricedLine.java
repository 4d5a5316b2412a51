package iq.tsh.erp.bff.checkout;

import java.math.BigDecimal;

/** A line that counts: its unit price already rounded to the currency, so its subtotal is exact. */
record PricedLine(String productId, String categoryId, int quantity, BigDecimal unitPrice) {

    BigDecimal subtotal() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }
}
