package iq.tsh.erp.api.pricing;

/** Whether Zoho applies the price list to new transactions. */
public enum PriceListStatus {
    ACTIVE,
    INACTIVE
}
