package iq.tsh.erp.bff.product;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import iq.tsh.erp.api.product.FindProductDetail;
import iq.tsh.erp.api.product.ProductDetailView;
import iq.tsh.erp.api.promotion.FindActivePromotions;
import iq.tsh.erp.api.promotion.Promotions;
import iq.tsh.erp.api.review.FindProductReviews;
import iq.tsh.erp.api.review.ReviewPage;
import iq.tsh.erp.bff.common.CatalogCaching;
import iq.tsh.erp.bff.common.Language;
import iq.tsh.erp.bff.common.Prices;
import iq.tsh.erp.bff.common.ShopperPricing;
import iq.tsh.erp.bff.promotion.PromotionCard;
import iq.tsh.erp.bff.promotion.PromotionCards;
import iq.tsh.erp.bff.review.ReviewItem;
import iq.tsh.erp.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/mobile/products/{id}}: one product by its Zoho item id, priced in the caller's book, with its latest
 * approved reviews and the promotions that cover it; deleted or unknown products are 404. Cached like every catalogue read (ETag, 304).
 */
@RestController
@RequestMapping("/api/mobile/products")
@Tag(name = "Mobile catalogue")
class ProductController {

    /** The page shows the newest few; the rest are a tap away on the review list. */
    private static final int LATEST_REVIEWS = 3;
    /** As many running promotions as the query side keeps for one product's (they are few). */
    private static final int RUNNING_PROMOTIONS = 500;

    private final QueryGateway queryGateway;
    private final ShopperPricing shopperPricing;
    private final CatalogCaching caching;
    private final String imageBaseUrl;
    private final Duration timeout;

    ProductController(QueryGateway queryGateway, ShopperPricing shopperPricing, CatalogCaching caching,
                      @Value("${erp.mobile.image-base-url:/images/products/}") String imageBaseUrl,
                      @Value("${erp.mobile.product-page-timeout:10s}") Duration timeout) {
        this.queryGateway = queryGateway;
        this.shopperPricing = shopperPricing;
        this.caching = caching;
        this.imageBaseUrl = imageBaseUrl;
        this.timeout = timeout;
    }

    /**
     * Asks for everything at once: the priced detail (after the shopper's price book, which it needs), the latest
     * reviews and the running promotions (narrowed to this product's once its category is known), then waits for
     * all of them together, at most {@code erp.mobile.product-page-timeout}.
     */
    @GetMapping("/{id}")
    @Operation(summary = "Product detail", description = "Price in the caller's price book (consumer_iqd for guests); Accept-Language: ar for Arabic names")
    ResponseEntity<byte[]> product(@PathVariable String id,
                                   @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language,
                                   HttpServletRequest request) {
        CompletableFuture<Optional<ProductDetailView>> detail = shopperPricing.lookup(request)
                .thenCompose(pricing -> queryGateway.query(new FindProductDetail(id, pricing.book()),
                        ResponseTypes.optionalInstanceOf(ProductDetailView.class)));
        CompletableFuture<ReviewPage> reviews = queryGateway.query(new FindProductReviews(id, null, LATEST_REVIEWS),
                ReviewPage.class);
        CompletableFuture<Promotions> running = queryGateway.query(
                new FindActivePromotions(Instant.now(), RUNNING_PROMOTIONS), Promotions.class);
        CompletableFuture.allOf(detail, reviews, running).orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).join();

        ProductDetailView view = detail.join().orElseThrow(() -> new NotFoundException("no product " + id));
        Language shown = Language.of(language);
        String categoryId = view.category() == null ? null : view.category().id();
        List<PromotionCard> promotions = running.join().promotions().stream()
                // Coded promotions are shown only where the shopper typed the code (checkout).
                .filter(p -> p.terms().code() == null && p.covers(id, categoryId))
                .map(p -> PromotionCards.card(p, shown))
                .toList();
        List<ReviewItem> latest = reviews.join().items().stream().map(ReviewItem::of).toList();
        return caching.forShopper(request, toResponse(view, shown, latest, promotions));
    }

    private ProductDetailResponse toResponse(ProductDetailView view, Language language, List<ReviewItem> reviews,
                                             List<PromotionCard> promotions) {
        var stock = view.stock();
        var category = view.category() == null ? null
                : new ProductDetailResponse.Category(view.category().id(), view.category().name());
        var locations = stock.locations().stream()
                .map(l -> new ProductDetailResponse.Location(l.locationId(), l.name(), l.available()))
                .toList();
        return new ProductDetailResponse(
                view.itemId(),
                language.pick(view.name(), view.nameAr()),
                Prices.forDisplay(view.price(), view.currency()),
                view.currency(),
                view.imageName() == null ? null : imageBaseUrl + view.itemId() + "/" + view.imageName(),
                stock.available().signum() > 0,
                new ProductDetailResponse.Rating(view.ratingAverage(), view.ratingCount()),
                view.nameAr(),
                view.sku(),
                view.description(),
                view.brand(),
                view.unit(),
                category,
                new ProductDetailResponse.StockState(stock.available(), locations),
                reviews,
                promotions);
    }
}
