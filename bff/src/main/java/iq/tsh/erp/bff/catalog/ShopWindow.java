package iq.tsh.erp.bff.catalog;

import iq.tsh.erp.api.catalog.Categories;
import iq.tsh.erp.api.catalog.FindCategories;
import iq.tsh.erp.api.catalog.ProductPage;
import iq.tsh.erp.api.catalog.ProductSort;
import iq.tsh.erp.api.catalog.SearchProducts;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Home's shop window per price book: featured, best sellers, new arrivals and top categories. Ranking them reads the
 * whole catalogue (about 100 ms at 50,000 products), yet they are the same for every shopper of a book and the answer
 * is public for a minute anyway; so one request per book and {@code erp.mobile.shop-window-ttl} ranks them and every
 * other request meanwhile shares that result (concurrent first requests wait for the same ranking, never repeat it).
 */
@Component
class ShopWindow {

    static final int LIST_SIZE = 10;
    static final int CATEGORY_TILES = 8;

    /** What home shows of the catalogue, as ranked at {@code takenAt}. */
    record Window(ProductPage featured, ProductPage bestSellers, ProductPage newArrivals, Categories categories,
                  Instant takenAt) {
    }

    private final QueryGateway queryGateway;
    private final Duration ttl;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, CompletableFuture<Window>> windows = new ConcurrentHashMap<>();
    // The local query bus answers on the caller's thread; these threads let the four rankings run side by side.
    private final ExecutorService readers = Executors.newFixedThreadPool(4, daemon());

    ShopWindow(QueryGateway queryGateway, @Value("${erp.mobile.shop-window-ttl:30s}") Duration ttl) {
        this.queryGateway = queryGateway;
        this.ttl = ttl;
    }

    CompletableFuture<Window> of(String book) {
        return windows.compute(book, (key, current) -> current != null && stillGood(current) ? current : rank(key));
    }

    private boolean stillGood(CompletableFuture<Window> window) {
        if (!window.isDone()) {
            return true;
        }
        return !window.isCompletedExceptionally() && window.join().takenAt().plus(ttl).isAfter(clock.instant());
    }

    private CompletableFuture<Window> rank(String book) {
        Instant takenAt = clock.instant();
        var featured = list(ProductSort.FEATURED, book);
        var bestSellers = list(ProductSort.BEST_SELLING, book);
        var newArrivals = list(ProductSort.NEWEST, book);
        var categories = CompletableFuture.supplyAsync(() ->
                queryGateway.query(new FindCategories(CATEGORY_TILES), Categories.class).join(), readers);
        return CompletableFuture.allOf(featured, bestSellers, newArrivals, categories)
                .thenApply(done -> new Window(featured.join(), bestSellers.join(), newArrivals.join(), categories.join(), takenAt));
    }

    private CompletableFuture<ProductPage> list(ProductSort sort, String book) {
        SearchProducts query = new SearchProducts(null, null, null, null, null, false, sort, null, LIST_SIZE, book);
        return CompletableFuture.supplyAsync(() -> queryGateway.query(query, ProductPage.class).join(), readers);
    }

    @PreDestroy
    void stop() {
        readers.shutdownNow();
    }

    private static ThreadFactory daemon() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "shop-window-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
