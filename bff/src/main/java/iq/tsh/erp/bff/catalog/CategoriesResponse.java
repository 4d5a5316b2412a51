package iq.tsh.erp.bff.catalog;

import java.util.List;

/** Every category with shoppable products, most products first. */
record CategoriesResponse(List<CategoryResponse> items) {
}
