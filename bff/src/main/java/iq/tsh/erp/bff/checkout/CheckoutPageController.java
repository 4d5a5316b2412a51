package iq.tsh.erp.bff.checkout;

import iq.tsh.erp.api.address.AddressBookView;
import iq.tsh.erp.api.address.FindAddresses;
import iq.tsh.erp.api.cart.CartContents;
import iq.tsh.erp.api.cart.FindCart;
import iq.tsh.erp.api.catalog.CustomerPricing;
import iq.tsh.erp.api.catalog.PricedProduct;
import iq.tsh.erp.api.promotion.FieldProblem;
import iq.tsh.erp.api.promotion.PromotionView;
import iq.tsh.erp.bff.address.AddressResponse;
import iq.tsh.erp.bff.cart.CartViews;
import iq.tsh.erp.bff.common.Language;
import iq.tsh.erp.bff.common.Shopper;
import iq.tsh.erp.bff.common.ShopperPricing;
import iq.tsh.erp.bff.promotion.PromotionCard;
import iq.tsh.erp.bff.promotion.PromotionCards;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/mobile/checkout} (CUSTOMER): everything the checkout screen shows in one call: the cart, the
 * addresses (default first), the promotions that cover something in the cart, payment methods, delivery options and
 * the totals of the cart as it stands, priced exactly as {@code POST /checkout/calculate} would price it (the cart's
 * snapshots as {@code priceWhenAdded}, so a changed price is a warning). Personal: never cached.
 */
@RestController
@Tag(name = "Mobile checkout")
class CheckoutPageController {

    private final QueryGateway queries;
    private final ShopperPricing shopperPricing;
    private final OrderPricing orderPricing;
    private final CheckoutOptions options;
    private final CartViews cartViews;

    CheckoutPageController(QueryGateway queries, ShopperPricing shopperPricing, OrderPricing orderPricing,
                           CheckoutOptions options, CartViews cartViews) {
        this.queries = queries;
        this.shopperPricing = shopperPricing;
        this.orderPricing = orderPricing;
        this.options = options;
        this.cartViews = cartViews;
    }

    @GetMapping("/api/mobile/checkout")
    @Operation(summary = "Checkout page", description = "cart, addresses, promotions, paymentMethods, deliveryOptions, "
            + "totals; ?deliveryOption= and ?promotionCode= price the totals as the customer chooses")
    ResponseEntity<CheckoutPageResponse> checkout(
            HttpServletRequest request,
            @RequestParam(required = false) String deliveryOption,
            @RequestParam(required = false) String promotionCode,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        String customer = Shopper.requireCustomer(request);
        Language language = Language.of(acceptLanguage);
        String delivery = deliveryOption == null ? options.defaultDeliveryOption() : deliveryOption;
        if (!options.isDeliveryOption(delivery)) {
            throw new InvalidCheckoutException(List.of(new FieldProblem("deliveryOption", "must be one of the delivery options")));
        }
        CalculateRequestRules.promotionCodeProblem(promotionCode)
                .ifPresent(problem -> { throw new InvalidCheckoutException(List.of(problem)); });
        CompletableFuture<CartContents> cart = queries.query(new FindCart(customer), CartContents.class);
        CompletableFuture<AddressBookView> addresses = queries.query(new FindAddresses(customer), AddressBookView.class);
        CustomerPricing pricing = shopperPricing.of(request);

        CartContents contents = cart.join();
        List<CalculateRequestRules.Checked> lines = contents.lines().stream()
                .map(line -> new CalculateRequestRules.Checked(line.itemId(), line.quantity(), line.unitPrice()))
                .toList();
        OrderPricing.Priced priced = orderPricing.price(lines, promotionCode, delivery, pricing);

        CheckoutPageResponse page = new CheckoutPageResponse(
                cartViews.of(contents, language, pricing),
                addresses.join().addresses().stream().map(AddressResponse::of).toList(),
                promotionsCovering(priced, language),
                options.paymentMethods(language),
                options.deliveryOptions(pricing.currency(), language),
                CalculateResponse.of(priced.result(), delivery, language));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(page);
    }

    /** Running promotions that cover at least one product of the cart (the ones worth showing beside it). */
    private static List<PromotionCard> promotionsCovering(OrderPricing.Priced priced, Language language) {
        return priced.promotions().stream()
                .filter(promotion -> priced.products().values().stream().anyMatch(product -> covers(promotion, product)))
                .map(promotion -> PromotionCards.card(promotion, language))
                .toList();
    }

    private static boolean covers(PromotionView promotion, PricedProduct product) {
        return promotion.covers(product.itemId(), product.categoryId());
    }
}
