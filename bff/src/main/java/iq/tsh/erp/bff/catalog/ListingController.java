package iq.tsh.erp.bff.catalog;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import iq.tsh.erp.api.catalog.CategorySummary;
import iq.tsh.erp.api.catalog.CustomerPricing;
import iq.tsh.erp.api.catalog.FindCategory;
import iq.tsh.erp.api.catalog.ProductPage;
import iq.tsh.erp.api.catalog.ProductSort;
import iq.tsh.erp.api.catalog.SearchProducts;
import iq.tsh.erp.bff.common.CatalogCaching;
import iq.tsh.erp.bff.common.Language;
import iq.tsh.erp.bff.common.ShopperPricing;
import iq.tsh.erp.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/mobile/search} and {@code GET /api/mobile/categories/{id}/products}: pages of cards. */
@RestController
@RequestMapping("/api/mobile")
@Tag(name = "Mobile catalogue")
class ListingController {

    private final QueryGateway queryGateway;
    private final ShopperPricing pricing;
    private final Cards cards;
    private final CatalogCaching caching;

    ListingController(QueryGateway queryGateway, ShopperPricing pricing, Cards cards, CatalogCaching caching) {
        this.queryGateway = queryGateway;
        this.pricing = pricing;
        this.cards = cards;
        this.caching = caching;
    }

    @GetMapping("/search")
    @Operation(summary = "Search products", description = "Typo tolerant, English and Arabic; sort relevance|newest|"
            + "price_asc|price_desc|best_selling; pass nextCursor back as cursor")
    ResponseEntity<byte[]> search(@RequestParam(required = false) String q,
                                  @RequestParam(required = false) String category,
                                  @ParameterObject Filters filters, HttpServletRequest request,
                                  @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        String text = ListingParameters.text(q);
        ListingResponse page = page(text, ListingParameters.optional(category), filters, request, Language.of(language));
        return caching.forShopper(request, page);
    }

    @GetMapping("/categories/{id}/products")
    @Operation(summary = "Products of one category", description = "Same parameters as search; 404 for a category no listed product has")
    ResponseEntity<byte[]> category(@PathVariable String id, @RequestParam(required = false) String q,
                                    @ParameterObject Filters filters, HttpServletRequest request,
                                    @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        String text = ListingParameters.text(q);
        ListingResponse page = page(text, id, filters, request, Language.of(language));
        if (page.items().isEmpty() && !categoryKnown(id)) {
            throw new NotFoundException("no category " + id);
        }
        return caching.forShopper(request, page);
    }

    private boolean categoryKnown(String id) {
        Optional<CategorySummary> found = queryGateway.query(new FindCategory(id),
                ResponseTypes.optionalInstanceOf(CategorySummary.class)).join();
        return found.isPresent();
    }

    private ListingResponse page(String text, String categoryId, Filters filters, HttpServletRequest request,
                                 Language language) {
        ProductSort sort = ListingParameters.sort(filters.sort(), text);
        int limit = ListingParameters.limit(filters.limit(), ListingParameters.DEFAULT_LIMIT, ListingParameters.MAX_LIMIT);
        BigDecimal min = ListingParameters.price("minPrice", filters.minPrice());
        BigDecimal max = ListingParameters.price("maxPrice", filters.maxPrice());
        ListingParameters.priceRange(min, max);
        boolean inStock = ListingParameters.inStock(filters.inStock());
        var after = Cursors.decode(filters.cursor(), sort);
        CustomerPricing book = pricing.of(request);
        SearchProducts query = new SearchProducts(text, categoryId, ListingParameters.optional(filters.brand()), min, max,
                inStock, sort, after, limit, book.book());
        ProductPage page = queryGateway.query(query, ProductPage.class).join();
        return new ListingResponse(cards.of(page.items(), language), Cursors.encode(page.next()));
    }

    /** The filters both listings share, bound from query parameters as text so each is checked and named. */
    record Filters(String brand, String minPrice, String maxPrice, String inStock, String sort, String cursor,
                   String limit) {
    }
}
