package iq.tsh.erp.api.catalog;

import java.util.Objects;

/** One category, known when some listed product belongs to it; answers an optional {@link CategorySummary}. */
public record FindCategory(String categoryId) {

    public FindCategory {
        Objects.requireNonNull(categoryId, "categoryId");
    }
}
