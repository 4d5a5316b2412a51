package iq.tsh.erp.bff.catalog;

import iq.tsh.erp.api.catalog.ProductSort;
import iq.tsh.erp.api.common.StorableValues;
import iq.tsh.erp.web.BadParameterException;
import java.math.BigDecimal;
import java.util.Locale;

/** Reads the listing query parameters as the app sends them, refusing what cannot be used with a 400 naming it. */
final class ListingParameters {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    private static final int MAX_QUERY_LENGTH = 200;

    private ListingParameters() {
    }

    /** relevance (default with a search text), newest (default without), price_asc/price, price_desc/-price, best_selling. */
    static ProductSort sort(String sort, String text) {
        if (sort == null || sort.isBlank()) {
            return text == null ? ProductSort.NEWEST : ProductSort.RELEVANCE;
        }
        return switch (sort.strip().toLowerCase(Locale.ROOT)) {
            case "relevance" -> ProductSort.RELEVANCE;
            case "newest" -> ProductSort.NEWEST;
            case "price_asc", "price" -> ProductSort.PRICE_ASC;
            case "price_desc", "-price" -> ProductSort.PRICE_DESC;
            case "best_selling" -> ProductSort.BEST_SELLING;
            default -> throw new BadParameterException("sort",
                    "sort must be relevance, newest, price_asc, price_desc or best_selling");
        };
    }

    /** The search text, null when absent or blank. */
    static String text(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            throw new BadParameterException("q", "q must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        return q.strip();
    }

    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static int limit(String limit, int byDefault, int max) {
        if (limit == null || limit.isBlank()) {
            return byDefault;
        }
        int value;
        try {
            value = Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            throw new BadParameterException("limit", "limit must be a whole number from 1 to " + max);
        }
        if (value < 1 || value > max) {
            throw new BadParameterException("limit", "limit must be from 1 to " + max);
        }
        return value;
    }

    static BigDecimal price(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        BigDecimal price;
        try {
            price = new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new BadParameterException(name, name + " must be a number");
        }
        String outOfBounds = StorableValues.decimalProblem(price);
        if (outOfBounds != null) {
            throw new BadParameterException(name, name + " " + outOfBounds);
        }
        if (price.signum() < 0) {
            throw new BadParameterException(name, name + " must not be negative");
        }
        return price;
    }

    static void priceRange(BigDecimal min, BigDecimal max) {
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new BadParameterException("minPrice", "minPrice must not be above maxPrice");
        }
    }

    static boolean inStock(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new BadParameterException("inStock", "inStock must be true or false");
        };
    }
}
