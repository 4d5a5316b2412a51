package iq.tsh.erp.api.promotion;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a promotion discounts. */
public enum PromotionType {
    /** {@code value} percent off each eligible line. */
    @JsonProperty("percentage") PERCENTAGE,
    /** {@code value} in {@code currency} off the eligible lines together, never more than they cost. */
    @JsonProperty("fixed_amount") FIXED_AMOUNT,
    /** For every {@code buyQuantity + getQuantity} units of one eligible product, {@code getQuantity} are free. */
    @JsonProperty("buy_x_get_y") BUY_X_GET_Y;

    /** The wire name ({@code fixed_amount}). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PromotionType> fromWire(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName().equals(name)).findFirst();
    }
}
