package iq.tsh.erp.bff.catalog;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import iq.tsh.erp.api.catalog.FindRelatedProducts;
import iq.tsh.erp.api.catalog.RelatedProducts;
import iq.tsh.erp.bff.common.CatalogCaching;
import iq.tsh.erp.bff.common.Language;
import iq.tsh.erp.bff.common.ShopperPricing;
import iq.tsh.erp.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/mobile/products/{id}/related}: bought together with it, then the same category; 404 if unknown. */
@RestController
@RequestMapping("/api/mobile/products")
@Tag(name = "Mobile catalogue")
class RelatedController {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 50;

    private final QueryGateway queryGateway;
    private final ShopperPricing pricing;
    private final Cards cards;
    private final CatalogCaching caching;

    RelatedController(QueryGateway queryGateway, ShopperPricing pricing, Cards cards, CatalogCaching caching) {
        this.queryGateway = queryGateway;
        this.pricing = pricing;
        this.cards = cards;
        this.caching = caching;
    }

    @GetMapping("/{id}/related")
    @Operation(summary = "Related products", description = "Most invoices shared with this product first, then its "
            + "category, then best sellers; limit 1 to 50, default 10")
    ResponseEntity<byte[]> related(@PathVariable String id, @RequestParam(required = false) String limit,
                                   HttpServletRequest request,
                                   @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        int max = ListingParameters.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        FindRelatedProducts query = new FindRelatedProducts(id, pricing.of(request).book(), max);
        RelatedProducts related = queryGateway.query(query, ResponseTypes.optionalInstanceOf(RelatedProducts.class))
                .join().orElseThrow(() -> new NotFoundException("no product " + id));
        return caching.forShopper(request, new RelatedResponse(cards.of(related.items(), Language.of(language))));
    }
}
