package iq.tsh.erp.bff.catalog;

import iq.tsh.erp.api.catalog.CustomerPricing;
import iq.tsh.erp.bff.common.CatalogCaching;
import iq.tsh.erp.bff.common.Language;
import iq.tsh.erp.bff.common.Shopper;
import iq.tsh.erp.bff.common.ShopperPricing;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/mobile/home}: the shop window of the caller's book (see {@link ShopWindow}), promotions and, for a
 * signed-in customer, the cart badge, read side by side. Featured: in stock, best rated with the rating damped toward 3.5 by five imaginary
 * reviews (so one 5-star review does not beat forty at 4.8), then newest; best sellers by units sold; new arrivals by
 * when first listed; categories with the most listed products.
 */
@RestController
@Tag(name = "Mobile catalogue")
class HomeController {

    private final ShopperPricing pricing;
    private final ShopWindow shopWindow;
    private final Cards cards;
    private final CatalogCaching caching;
    private final HomeExtensions extensions;

    HomeController(ShopperPricing pricing, ShopWindow shopWindow, Cards cards, CatalogCaching caching,
                   HomeExtensions extensions) {
        this.pricing = pricing;
        this.shopWindow = shopWindow;
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
        var window = shopWindow.of(book.book());
        var promotions = extensions.promotions(book, language);
        var cart = extensions.cartBadge(customer);
        CompletableFuture.allOf(window, promotions, cart).join();

        ShopWindow.Window shown = window.join();
        Object badge = cart.join().orElse(null);
        HomeResponse home = new HomeResponse(
                cards.of(shown.featured().items(), language),
                cards.of(shown.bestSellers().items(), language),
                cards.of(shown.newArrivals().items(), language),
                promotions.join(),
                shown.categories().categories().stream().map(CategoryResponse::of).toList(),
                badge);
        return badge == null ? caching.forShopper(request, home) : caching.uncached(home);
    }
}
