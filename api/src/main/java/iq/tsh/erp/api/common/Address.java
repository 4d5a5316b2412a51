package iq.tsh.erp.api.common;

/** A postal address as Zoho keeps it on contacts and documents (Iraqi addresses are often just street and city). */
public record Address(
        String attention,
        String street,
        String street2,
        String city,
        String state,
        String zip,
        String country,
        String phone) {
}
