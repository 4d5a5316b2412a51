package iq.tsh.erp.api.product;

/** Whether Zoho offers the item for sale. */
public enum ProductStatus {
    ACTIVE,
    INACTIVE
}
