package iq.tsh.erp.api.pricing;

/** Which way a percentage price list moves item rates (Zoho's {@code is_increase}). */
public enum PriceDirection {
    MARKUP,
    MARKDOWN
}
