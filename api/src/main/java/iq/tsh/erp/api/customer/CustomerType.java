package iq.tsh.erp.api.customer;

/** Whether a Zoho contact is someone we sell to or someone we buy from. */
public enum CustomerType {
    CUSTOMER,
    VENDOR
}
