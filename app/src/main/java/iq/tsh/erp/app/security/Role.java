package iq.tsh.erp.app.security;

/** The roles a token's {@code roles} claim may carry. For CUSTOMER the token's subject is the Zoho contact id. */
public enum Role {
    CUSTOMER,
    OPS,
    AUDITOR
}
