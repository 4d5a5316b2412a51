package iq.tsh.erp.zoho.parse;

/** A Zoho field we cannot use, by its path in the record ({@code item_id}, {@code line_items[2].quantity_adjusted}). */
public record FieldError(String field, String message) {
}
