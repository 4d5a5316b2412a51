package iq.tsh.erp.query.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import iq.tsh.erp.api.common.Money;
import iq.tsh.erp.api.product.CategoryRef;
import iq.tsh.erp.api.product.LocationStock;
import iq.tsh.erp.api.product.ProductData;
import iq.tsh.erp.api.product.ProductDeleted;
import iq.tsh.erp.api.product.ProductDetailView;
import iq.tsh.erp.api.product.ProductId;
import iq.tsh.erp.api.product.ProductStatus;
import iq.tsh.erp.api.product.ProductSynced;
import iq.tsh.erp.api.product.Stock;
import iq.tsh.erp.api.product.StockAdjusted;
import iq.tsh.erp.query.common.Projector;
import iq.tsh.erp.query.common.ReadModelDatabase;
import iq.tsh.erp.query.common.Replays;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProductProjectionTest {

    private static final String ITEM = "5128000000000000001";
    private static final ProductId PRODUCT = ProductId.ofItem(ITEM);

    private final ProductTable table = new ProductTable(ReadModelDatabase.jdbc());
    private final Projector projector = new Projector(
            new ProductProjection(table, new SearchWords(ReadModelDatabase.jdbc())), "Product");

    @BeforeEach
    void empty() {
        ReadModelDatabase.emptyReadTables();
    }

    static ProductData oil(String name, String price) {
        return new ProductData(ITEM, name, "زيت", "OIL-1", "Sunflower oil", "Tasty", "pcs", ProductStatus.ACTIVE,
                new Money(new BigDecimal(price), "IQD"), new CategoryRef("77", "Kitchen"), null, "oil.jpg");
    }

    static Stock stock(String onHand, String available) {
        return new Stock(new BigDecimal(onHand), new BigDecimal(available),
                List.of(new LocationStock("9", "Baghdad", new BigDecimal(onHand), new BigDecimal(available))));
    }

    private static StockAdjusted adjusted(Stock after) {
        return new StockAdjusted(PRODUCT, "adj-1", "line-1", "9", "Baghdad", BigDecimal.ONE, BigDecimal.ONE,
                LocalDate.of(2025, 5, 6), "count", after);
    }

    @Test
    void stockBeforeItemDataStaysHiddenUntilTheItemArrives() {
        projector.handle(projector.event(PRODUCT.toString(), 0, adjusted(stock("3", "2"))));
        assertThat(table.listed(ITEM)).isEmpty();

        projector.handle(projector.event(PRODUCT.toString(), 1,
                new ProductSynced(PRODUCT, oil("Oil", "1500"), stock("5", "4"), Projector.T0)));

        ProductDetailView view = table.listed(ITEM).orElseThrow();
        assertThat(view.name()).isEqualTo("Oil");
        assertThat(view.price()).isEqualByComparingTo("1500");
        assertThat(view.category()).isEqualTo(new CategoryRef("77", "Kitchen"));
        assertThat(view.stock().locations()).singleElement()
                .satisfies(location -> assertThat(location.available()).isEqualByComparingTo("4"));
        assertThat(view.lastModifiedTime()).isEqualTo(Projector.T0);
    }

    @Test
    void keepsTheFirstListingMomentAndHidesADeletedProduct() {
        projector.handle(projector.history(PRODUCT.toString(),
                new ProductSynced(PRODUCT, oil("Oil", "1500"), stock("5", "4"), Projector.T0),
                new ProductSynced(PRODUCT, oil("Oil 2L", "2500"), stock("5", "4"), Projector.T0)));
        assertThat(ReadModelDatabase.jdbc().queryForObject(
                "SELECT first_listed_at = ? FROM products", Boolean.class,
                iq.tsh.erp.query.common.Columns.timestamp(Projector.T0))).isTrue();
        assertThat(table.listed(ITEM).orElseThrow().name()).isEqualTo("Oil 2L");

        projector.handle(projector.event(PRODUCT.toString(), 2, new ProductDeleted(PRODUCT, Projector.T0)));

        assertThat(table.listed(ITEM)).isEmpty();
    }

    @Test
    void replayingTwiceGivesTheSameRows() {
        Replays.assertReplayable(projector, projector.history(PRODUCT.toString(),
                adjusted(stock("3", "2")),
                new ProductSynced(PRODUCT, oil("Oil", "1500.25"), stock("5", "4"), Projector.T0),
                adjusted(stock("7", "6")),
                new ProductSynced(PRODUCT, oil("Oil 2L", "2500"), stock("7", "6"), Projector.T0),
                new ProductDeleted(PRODUCT, Projector.T0)), "products", "search_words");
    }
}
