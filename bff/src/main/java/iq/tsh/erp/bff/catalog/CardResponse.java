package iq.tsh.erp.bff.catalog;

import java.math.BigDecimal;

/** A product card as lists show it: compact, no detail. */
record CardResponse(String id, String name, BigDecimal price, String currency, String image, boolean inStock,
                    Rating rating) {

    record Rating(BigDecimal average, long count) {
    }
}
