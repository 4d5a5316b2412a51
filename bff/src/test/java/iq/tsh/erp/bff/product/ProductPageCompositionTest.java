package iq.tsh.erp.bff.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import iq.tsh.erp.api.product.CategoryRef;
import iq.tsh.erp.api.product.FindProductDetail;
import iq.tsh.erp.api.product.ProductDetailView;
import iq.tsh.erp.api.product.ProductStatus;
import iq.tsh.erp.api.product.Stock;
import iq.tsh.erp.api.promotion.FindActivePromotions;
import iq.tsh.erp.api.promotion.Promotions;
import iq.tsh.erp.api.review.FindProductReviews;
import iq.tsh.erp.api.review.ReviewPage;
import iq.tsh.erp.bff.common.CatalogCaching;
import iq.tsh.erp.bff.common.ShopperPricing;
import iq.tsh.erp.web.NotFoundException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryMessage;
import org.axonframework.queryhandling.SubscriptionQueryBackpressure;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The product page asks its queries together: the fake gateway answers none of them until all three (detail,
 * reviews, promotions) have been asked, so a page that waited for one answer before asking the next never returns.
 */
class ProductPageCompositionTest {

    private static final String ITEM = "5128000000000001";
    private static final Duration WITHIN = Duration.ofSeconds(10);

    @Test
    void asksEveryQueryBeforeAnyAnswers() throws Exception {
        Rendezvous gateway = new Rendezvous(3, query -> answer(query, Optional.of(detail())));
        ProductController controller = controller(gateway);

        ResponseEntity<byte[]> page = assertTimeoutPreemptively(WITHIN,
                () -> controller.product(ITEM, null, new MockHttpServletRequest()));

        JsonNode body = new ObjectMapper().readTree(page.getBody());
        assertThat(body.get("id").asText()).isEqualTo(ITEM);
        assertThat(body.get("category").get("id").asText()).isEqualTo("cat-1");
        assertThat(gateway.asked).hasSize(3);
    }

    @Test
    void anUnknownProductIsStillNotFound() {
        Rendezvous gateway = new Rendezvous(3, query -> answer(query, Optional.empty()));
        ProductController controller = controller(gateway);

        assertTimeoutPreemptively(WITHIN, () -> assertThatThrownBy(
                () -> controller.product(ITEM, null, new MockHttpServletRequest()))
                .isInstanceOf(NotFoundException.class));
    }

    private static Object answer(Object query, Optional<ProductDetailView> detail) {
        if (query instanceof FindProductDetail) {
            return detail;
        }
        if (query instanceof FindProductReviews) {
            return new ReviewPage(List.of(), null);
        }
        if (query instanceof FindActivePromotions) {
            return new Promotions(List.of());
        }
        throw new IllegalArgumentException("unexpected query " + query);
    }

    private static ProductController controller(QueryGateway gateway) {
        return new ProductController(gateway, new ShopperPricing(gateway), new CatalogCaching(new ObjectMapper()),
                "/images/", WITHIN.multipliedBy(2));
    }

    private static ProductDetailView detail() {
        return new ProductDetailView(ITEM, "Olive oil", "زيت زيتون", "OIL-1", "cold pressed", "Brand", "bottle",
                ProductStatus.ACTIVE, new BigDecimal("12000"), "IQD", new CategoryRef("cat-1", "Oils"), null,
                Stock.NONE, Instant.parse("2025-05-06T07:14:26Z"), BigDecimal.ZERO, 0);
    }

    /** Holds every answer back until {@code expected} queries have been asked, then answers them all. */
    private static final class Rendezvous implements QueryGateway {

        private final int expected;
        private final Function<Object, Object> answers;
        private final List<Object> asked = new ArrayList<>();
        private final List<CompletableFuture<Object>> pending = new ArrayList<>();

        Rendezvous(int expected, Function<Object, Object> answers) {
            this.expected = expected;
            this.answers = answers;
        }

        @Override
        @SuppressWarnings("unchecked")
        public synchronized <R, Q> CompletableFuture<R> query(String name, Q query, ResponseType<R> type) {
            CompletableFuture<Object> answer = new CompletableFuture<>();
            asked.add(query);
            pending.add(answer);
            if (asked.size() == expected) {
                List<Object> all = new ArrayList<>(asked);
                for (int i = 0; i < pending.size(); i++) {
                    pending.get(i).complete(answers.apply(all.get(i)));
                }
            }
            return (CompletableFuture<R>) answer;
        }

        @Override
        public <R, Q> Publisher<R> streamingQuery(String name, Q query, Class<R> type) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <R, Q> java.util.stream.Stream<R> scatterGather(String name, Q query, ResponseType<R> type, long timeout,
                                                               java.util.concurrent.TimeUnit unit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <Q, I, U> SubscriptionQueryResult<I, U> subscriptionQuery(String name, Q query, ResponseType<I> initial,
                ResponseType<U> updates, SubscriptionQueryBackpressure backpressure, int buffer) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <Q, I, U> SubscriptionQueryResult<I, U> subscriptionQuery(String name, Q query, ResponseType<I> initial,
                ResponseType<U> updates, int buffer) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Registration registerDispatchInterceptor(
                MessageDispatchInterceptor<? super QueryMessage<?, ?>> interceptor) {
            throw new UnsupportedOperationException();
        }
    }
}
