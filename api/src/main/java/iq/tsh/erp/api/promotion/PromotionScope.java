package iq.tsh.erp.api.promotion;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Which lines a promotion may discount. */
public enum PromotionScope {
    @JsonProperty("all") ALL,
    /** Only the listed Zoho item ids. */
    @JsonProperty("products") PRODUCTS,
    /** Only products of the listed Zoho category ids. */
    @JsonProperty("categories") CATEGORIES;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PromotionScope> fromWire(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName().equals(name)).findFirst();
    }
}
