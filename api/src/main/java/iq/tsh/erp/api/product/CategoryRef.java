package iq.tsh.erp.api.product;

/** The Zoho category a product belongs to; the id may be absent in older organisations, the name rarely is. */
public record CategoryRef(String id, String name) {
}
