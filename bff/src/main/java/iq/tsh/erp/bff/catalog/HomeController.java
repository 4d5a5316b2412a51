package iq.tsh.erp.bff.catalog;

import iq.tsh.erp.api.catalog.Categories;
import iq.tsh.erp.api.catalog.CustomerPricing;
import iq.tsh.erp.api.catalog.FindCategories;
import iq.tsh.erp.api.catalog.ProductPage;
import iq.tsh.erp.api.catalog.ProductSort;
import iq.tsh.erp.api.catalog.SearchProducts;
import iq.tsh.erp.bff.common.CatalogCaching;
import iq.tsh.erp.bff.common.Language;
import iq.tsh.erp.bff.common.Shopper;
import iq.tsh.erp.bff.common.ShopperPricing;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.PreDestroy;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/mobile/home}. Featured: in stock, best rated with the rating damped toward 3.5 by five imaginary
 * reviews (so one 5-star review does not beat forty at 4.8), then newest; best sellers by units sold; new arrivals by
 * when first listed; categories with the most listed products.
 */
@RestController
@Tag(name = "Mobile catalogue")
class HomeController {

    static final int LIST_SIZE = 10;
    static final int CATEGORY_TILES = 8;

    private final QueryGateway queryGateway;
    private final ShopperPricing pricing;
    private final Cards cards;
    private final CatalogCaching caching;
    private final HomeExtensions extensions;
    // The local query bus answers on the caller's thread; these threads let home's lists be read side by side.
    private final ExecutorService readers = Executors.newFixedThreadPool(4, daemon());

    HomeController(QueryGateway queryGateway, ShopperPricing pricing, Cards cards, CatalogCaching caching,
                   HomeExtensions extensions) {
        this.queryGateway = queryGateway;
        this.pricing = pricing;
        this.cards = cards;
        this.caching = caching;
        this.extensions = extensions;
    }

    @GetMapping("/api/mobile/home")
    @Operation(summary = "Home page", description = "featured, bestSellers, newArrivals, promotions, categories; cart when signed in")
    ResponseEntity<byte[]> home(HttpServletRequest request,
                                @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        Language language = Language.of(acceptLanguage);
        CustomerPricing book = pricing.of(request);
        Optional<String> customer = Shopper.customerId(request);
        var featured = list(ProductSort.FEATURED, book);
        var bestSellers = list(ProductSort.BEST_SELLING, book);
        var newArrivals = list(ProductSort.NEWEST, book);
        var categories = CompletableFuture.supplyAsync(() ->
                queryGateway.query(new FindCategories(CATEGORY_TILES), Categories.class).join(), readers);
        var promotions = extensions.promotions(book, language);
        var cart = extensions.cartBadge(customer);
        CompletableFuture.allOf(featured, bestSellers, newArrivals, categories, promotions, cart).join();

        Object badge = cart.join().orElse(null);
        HomeResponse home = new HomeResponse(
                cards.of(featured.join().items(), language),
                cards.of(bestSellers.join().items(), language),
                cards.of(newArrivals.join().items(), language),
                promotions.join(),
                categories.join().categories().stream().map(CategoryResponse::of).toList(),
                badge);
        return badge == null ? caching.forShopper(request, home) : caching.uncached(home);
    }

    private CompletableFuture<ProductPage> list(ProductSort sort, CustomerPricing book) {
        SearchProducts query = new SearchProducts(null, null, null, null, null, false, sort, null, LIST_SIZE, book.book());
        return CompletableFuture.supplyAsync(() -> queryGateway.query(query, ProductPage.class).join(), readers);
    }

    @PreDestroy
    void stop() {
        readers.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "home-reader-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
