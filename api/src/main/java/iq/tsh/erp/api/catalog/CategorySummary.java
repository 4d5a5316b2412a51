package iq.tsh.erp.api.catalog;

/**
 * A catalogue category as Zoho names it (its name is usually Arabic; Zoho keeps one name per category).
 *
 * @param productCount the shoppable (listed, active) products in it
 */
public record CategorySummary(String id, String name, long productCount) {
}
