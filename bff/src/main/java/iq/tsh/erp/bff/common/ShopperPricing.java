package iq.tsh.erp.bff.common;

import iq.tsh.erp.api.catalog.CustomerPricing;
import iq.tsh.erp.api.catalog.FindCustomerPricing;
import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.CompletableFuture;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** The price book of this request's shopper: a signed-in customer's own, the guest book otherwise. */
@Component
public class ShopperPricing {

    private final QueryGateway queryGateway;

    public ShopperPricing(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    public CustomerPricing of(HttpServletRequest request) {
        return lookup(request).join();
    }

    /** The same, without waiting: a guest's book at once, a customer's when the query answers. */
    public CompletableFuture<CustomerPricing> lookup(HttpServletRequest request) {
        return Shopper.customerId(request)
                .map(id -> queryGateway.query(new FindCustomerPricing(id), CustomerPricing.class))
                .orElseGet(() -> CompletableFuture.completedFuture(CustomerPricing.guest()));
    }
}
