package iq.tsh.erp.web;

/** One field at fault in a problem's {@code errors}: its JSON path or parameter name, and what is wrong with it. */
public record FieldError(String field, String message) {
}
