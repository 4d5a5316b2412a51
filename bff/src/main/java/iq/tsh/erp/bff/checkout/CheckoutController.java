package iq.tsh.erp.bff.checkout;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import iq.tsh.erp.api.cart.CartContents;
import iq.tsh.erp.api.cart.FindCart;
import iq.tsh.erp.bff.common.Language;
import iq.tsh.erp.bff.common.Shopper;
import iq.tsh.erp.bff.common.ShopperPricing;
import iq.tsh.erp.web.JsonBodies;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private final OrderPricing orderPricing;

    CheckoutController(QueryGateway queries, CheckoutOptions options, ShopperPricing shopperPricing,
                       OrderPricing orderPricing) {
        this.queries = queries;
        this.options = options;
        this.shopperPricing = shopperPricing;
        this.orderPricing = orderPricing;
    }

    @PostMapping("/calculate")
    @Operation(summary = "Order totals", description = "Lines priced for the shopper, promotions, delivery, tax and "
            + "warnings; for a signed-in customer a line without priceWhenAdded takes its cart snapshot, so a price "
            + "changed since it was added is reported")
    CalculateResponse calculate(@RequestBody(required = false) JsonNode body, HttpServletRequest http,
                                @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        CalculateRequest request = JsonBodies.STANDARD.read(body, CalculateRequest.class);
        List<CalculateRequestRules.Checked> lines = CalculateRequestRules.check(request, options);
        String deliveryOption = request.deliveryOption() == null ? options.defaultDeliveryOption() : request.deliveryOption();
        Optional<String> customer = Shopper.customerId(http);
        if (customer.isPresent()) {
            lines = withCartSnapshots(lines, customer.get());
        }
        CheckoutResult result = orderPricing.price(lines, request.promotionCode(), deliveryOption,
                shopperPricing.of(http)).result();
        return CalculateResponse.of(result, deliveryOption, Language.of(language));
    }

    private List<CalculateRequestRules.Checked> withCartSnapshots(List<CalculateRequestRules.Checked> lines, String customer) {
        Map<String, BigDecimal> snapshots = new HashMap<>();
        queries.query(new FindCart(customer), CartContents.class).join().lines()
                .forEach(line -> snapshots.put(line.itemId(), line.unitPrice()));
        return lines.stream()
                .map(line -> line.priceWhenAdded() != null || !snapshots.containsKey(line.productId()) ? line
                        : new CalculateRequestRules.Checked(line.productId(), line.quantity(), snapshots.get(line.productId())))
                .toList();
    }
}
