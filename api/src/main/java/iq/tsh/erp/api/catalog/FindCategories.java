package iq.tsh.erp.api.catalog;

/** The categories that have shoppable products, most products first; answers {@link Categories}. */
public record FindCategories(int limit) {
}
