package iq.tsh.erp.api.customer;

/** Whether the contact is in use in Zoho; an inactive contact keeps its history but takes no new documents. */
public enum CustomerStatus {
    ACTIVE,
    INACTIVE
}
