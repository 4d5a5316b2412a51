package iq.tsh.erp.api.catalog;

/** How a product listing is ordered; every order ends with the item id, so pages never overlap or skip. */
public enum ProductSort {
    /** Best match for the search text first (exact words, then word prefixes, then near spellings). */
    RELEVANCE,
    /** Most recently listed first. */
    NEWEST,
    /** Cheapest first, in the shopper's price book. */
    PRICE_ASC,
    /** Dearest first, in the shopper's price book. */
    PRICE_DESC,
    /** Most units sold first. */
    BEST_SELLING,
    /** The shop window of the home page: in stock, best rated (damped by review count), then newest; one page only. */
    FEATURED
}
