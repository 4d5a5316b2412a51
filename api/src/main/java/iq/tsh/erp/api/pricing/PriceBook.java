package iq.tsh.erp.api.pricing;

import java.util.Arrays;
import java.util.Optional;

/**
 * The six price books TSH sells by. Customers are assigned one; a Zoho price list is one of them when its name is the
 * book's code or its Arabic name (the convention the old service and the sales team use).
 */
public enum PriceBook {
    WHOLESALE_A("wholesale_a", "USD", "جملة أ"),
    WHOLESALE_B("wholesale_b", "USD", "جملة ب"),
    RETAILER("retailer", "USD", "قطاعي"),
    TECHNICAL_IQD("technical_iqd", "IQD", "فني - دينار"),
    TECHNICAL_USD("technical_usd", "USD", "فني - دولار"),
    CONSUMER_IQD("consumer_iqd", "IQD", "مستهلك - دينار");

    private final String code;
    private final String currency;
    private final String arabicName;

    PriceBook(String code, String currency, String arabicName) {
        this.code = code;
        this.currency = currency;
        this.arabicName = arabicName;
    }

    public String code() {
        return code;
    }

    public String currency() {
        return currency;
    }

    public String arabicName() {
        return arabicName;
    }

    /**
     * The book a Zoho price list name stands for. The code matches trimmed and in any case; the Arabic name matches
     * exactly except for what people type differently without meaning anything else: alef with or without hamza
     * (أ إ آ ا), spaces around the dash, repeated spaces and invisible direction marks.
     */
    public static Optional<PriceBook> matching(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String trimmed = name.strip();
        String arabic = arabicKey(trimmed);
        return Arrays.stream(values())
                .filter(book -> book.code.equalsIgnoreCase(trimmed) || arabicKey(book.arabicName).equals(arabic))
                .findFirst();
    }

    private static String arabicKey(String text) {
        return text.replaceAll("[\u200E\u200F\u061C]", "")
                .replaceAll("[أإآ]", "ا")
                .replaceAll("\\s*-\\s*", "-")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
