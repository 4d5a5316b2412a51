package iq.tsh.erp.bff.checkout;

import iq.tsh.erp.api.catalog.CustomerPricing;
import iq.tsh.erp.api.catalog.FindPricedProducts;
import iq.tsh.erp.api.catalog.PricedProduct;
import iq.tsh.erp.api.catalog.PricedProducts;
import iq.tsh.erp.api.promotion.FindCheckoutPromotions;
import iq.tsh.erp.api.promotion.Promotions;
import iq.tsh.erp.bff.common.Language;
import iq.tsh.erp.bff.common.ShopperPricing;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/mobile/checkout/calculate}: what an order would cost now. Public; with a CUSTOMER token the
 * customer's own price book (and its currency) is used, otherwise the guest book. Prices come only from the
 * catalogue's priced-products query; the arithmetic is {@link CheckoutCalculator}'s.
 */
@RestController
@RequestMapping("/api/mobile/checkout")
@Tag(name = "Mobile checkout")
class CheckoutController {

    private final QueryGateway queries;
    private final CheckoutOptions options;
    private final ShopperPricing shopperPricing;
    private final Clock clock;

    CheckoutController(QueryGateway queries, CheckoutOptions options, ShopperPricing shopperPricing) {
        this.queries = queries;
        this.options = options;
        this.shopperPricing = shopperPricing;
        this.clock = Clock.systemUTC();
    }

    @PostMapping("/calculate")
    @Operation(summary = "Order totals", description = "Lines priced for the shopper, promotions, delivery, tax and warnings")
    CalculateResponse calculate(@RequestBody CalculateRequest request, HttpServletRequest http,
                                @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        List<CalculateRequestRules.Checked> lines = CalculateRequestRules.check(request, options);
        String deliveryOption = request.deliveryOption() == null ? options.defaultDeliveryOption() : request.deliveryOption();
        Instant now = clock.instant();

        CustomerPricing pricing = shopperPricing.of(http);
        List<String> itemIds = lines.stream().map(CalculateRequestRules.Checked::productId).toList();
        CompletableFuture<PricedProducts> products =
                queries.query(new FindPricedProducts(itemIds, pricing.book()), PricedProducts.class);
        CompletableFuture<Promotions> promotions =
                queries.query(new FindCheckoutPromotions(request.promotionCode(), now), Promotions.class);
        Map<String, PricedProduct> byId = products.join().byItemId();

        CheckoutInput input = new CheckoutInput(pricing.currency(),
                lines.stream().map(l -> new CheckoutLine(l.productId(), l.quantity(), byId.get(l.productId()),
                        l.priceWhenAdded())).toList(),
                promotions.join().promotions(), request.promotionCode(),
                options.deliveryFee(deliveryOption, pricing.currency()).orElseThrow(), options.taxRate(), now);
        return toResponse(CheckoutCalculator.calculate(input), deliveryOption, Language.of(language));
    }

    private static CalculateResponse toResponse(CheckoutResult result, String deliveryOption, Language language) {
        return new CalculateResponse(
                result.lines().stream().map(l -> new CalculateResponse.Line(l.productId(), l.quantity(), l.unitPrice(),
                        l.discount(), l.lineTotal())).toList(),
                result.subtotal(), result.discount(), result.deliveryFee(), result.tax(), result.total(),
                result.currency(), deliveryOption,
                result.appliedPromotions().stream().map(a -> new CalculateResponse.AppliedPromotion(
                        a.promotion().id(), language.pick(a.promotion().name(), a.promotion().nameAr()),
                        a.promotion().code(), a.promotion().type(), a.discount())).toList(),
                result.warnings().stream().map(w -> new CalculateResponse.Warning(w.code(), w.message(), w.productId(),
                        w.reason())).toList());
    }
}
