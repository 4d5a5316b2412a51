package iq.tsh.erp.api.pricing;

/** How a price list sets prices: its own rate per item, or one percentage on every item's rate. */
public enum PriceListType {
    /** Zoho's {@code per_item}: the list's items carry their rates. */
    PER_ITEM,
    /** Zoho's {@code fixed_percentage}: every item's rate moved by {@code percentage} in {@code direction}. */
    PERCENTAGE
}
