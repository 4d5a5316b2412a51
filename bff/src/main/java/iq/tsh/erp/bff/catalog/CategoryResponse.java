package iq.tsh.erp.bff.catalog;

import iq.tsh.erp.api.catalog.CategorySummary;

/** A category tile: its Zoho id and name, and how many products it shows. */
record CategoryResponse(String id, String name, long productCount) {

    static CategoryResponse of(CategorySummary category) {
        return new CategoryResponse(category.id(), category.name(), category.productCount());
    }
}
