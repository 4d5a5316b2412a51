package iq.tsh.erp.bff.product;

import iq.tsh.erp.api.catalog.CustomerPricing;
import iq.tsh.erp.api.catalog.FindCustomerPricing;
import iq.tsh.erp.api.product.FindProductDetail;
import iq.tsh.erp.api.product.ProductDetailView;
import iq.tsh.erp.bff.common.Language;
import iq.tsh.erp.bff.common.NotFoundException;
import iq.tsh.erp.bff.common.Prices;
import iq.tsh.erp.bff.common.Shopper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/mobile/products/{id}}: one product by its Zoho item id; deleted or unknown products are 404. */
@RestController
@RequestMapping("/api/mobile/products")
@Tag(name = "Mobile catalogue")
class ProductController {

    private final QueryGateway queryGateway;
    private final String imageBaseUrl;

    ProductController(QueryGateway queryGateway, @Value("${erp.mobile.image-base-url:/images/products/}") String imageBaseUrl) {
        this.queryGateway = queryGateway;
        this.imageBaseUrl = imageBaseUrl;
    }

    @GetMapping("/{id}")
    @Operation(summary = "Product detail", description = "Price in the caller's price book (consumer_iqd for guests); Accept-Language: ar for Arabic names")
    ProductDetailResponse product(@PathVariable String id,
                                  @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language,
                                  HttpServletRequest request) {
        String book = Shopper.customerId(request)
                .map(customer -> queryGateway.query(new FindCustomerPricing(customer), CustomerPricing.class).join().book())
                .orElse(CustomerPricing.GUEST_BOOK);
        Optional<ProductDetailView> found = queryGateway.query(new FindProductDetail(id, book),
                ResponseTypes.optionalInstanceOf(ProductDetailView.class)).join();
        ProductDetailView view = found.orElseThrow(() -> new NotFoundException("no product " + id));
        return toResponse(view, Language.of(language));
    }

    private ProductDetailResponse toResponse(ProductDetailView view, Language language) {
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
                List.of(),
                List.of());
    }
}
