package iq.tsh.erp.bff.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The home page: lists of cards, category tiles, and the cart badge for a signed-in customer (absent for guests). */
record HomeResponse(
        List<CardResponse> featured,
        List<CardResponse> bestSellers,
        List<CardResponse> newArrivals,
        List<Object> promotions,
        List<CategoryResponse> categories,
        @JsonInclude(JsonInclude.Include.NON_NULL) Object cart) {
}
