package iq.tsh.erp.bff.catalog;

import iq.tsh.erp.api.catalog.CustomerPricing;
import iq.tsh.erp.bff.common.Language;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;

/**
 * THE PLACE where home's promotions and the cart badge plug in (their features are built elsewhere). Both run in
 * parallel with the catalogue lists. Until wired, home shows no promotions and no cart; once {@link #cartBadge}
 * answers for a customer, home is answered {@code private, no-store} (a badge must never be cached).
 */
@Component
class HomeExtensions {

    /** The promotions home shows (cards or banners as the promotions feature defines them). */
    CompletableFuture<List<Object>> promotions(CustomerPricing pricing, Language language) {
        return CompletableFuture.completedFuture(List.of());
    }

    /** The signed-in customer's cart badge (e.g. item count and total); empty for guests. */
    CompletableFuture<Optional<Object>> cartBadge(Optional<String> customerId) {
        return CompletableFuture.completedFuture(Optional.empty());
    }
}
