package iq.tsh.erp.api.catalog;

import java.util.List;

/** The answer to {@link FindCategories}. */
public record Categories(List<CategorySummary> categories) {

    public Categories {
        categories = List.copyOf(categories);
    }
}
