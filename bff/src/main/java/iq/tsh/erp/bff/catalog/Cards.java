package iq.tsh.erp.bff.catalog;

import iq.tsh.erp.api.catalog.ProductCard;
import iq.tsh.erp.bff.common.Language;
import iq.tsh.erp.bff.common.Prices;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Turns priced products into the app's cards: display rounding, the shopper's language, the image address. */
@Component
class Cards {

    private final String imageBaseUrl;

    Cards(@Value("${erp.mobile.image-base-url:/images/products/}") String imageBaseUrl) {
        this.imageBaseUrl = imageBaseUrl;
    }

    List<CardResponse> of(List<ProductCard> products, Language language) {
        return products.stream().map(p -> of(p, language)).toList();
    }

    CardResponse of(ProductCard product, Language language) {
        return new CardResponse(
                product.itemId(),
                language.pick(product.name(), product.nameAr()),
                Prices.forDisplay(product.price(), product.currency()),
                product.currency(),
                product.imageName() == null || product.imageName().isBlank() ? null
                        : imageBaseUrl + product.itemId() + "/" + product.imageName(),
                product.available() != null && product.available().signum() > 0,
                new CardResponse.Rating(product.ratingAverage(), product.ratingCount()));
    }
}
