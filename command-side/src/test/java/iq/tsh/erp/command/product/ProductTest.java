package iq.tsh.erp.command.product;

import iq.tsh.erp.api.common.Money;
import iq.tsh.erp.api.common.SyncOutcome;
import iq.tsh.erp.api.product.AdjustStock;
import iq.tsh.erp.api.product.CategoryRef;
import iq.tsh.erp.api.product.DeleteProduct;
import iq.tsh.erp.api.product.LocationStock;
import iq.tsh.erp.api.product.ProductData;
import iq.tsh.erp.api.product.ProductDeleted;
import iq.tsh.erp.api.product.ProductId;
import iq.tsh.erp.api.product.ProductStatus;
import iq.tsh.erp.api.product.ProductSynced;
import iq.tsh.erp.api.product.Stock;
import iq.tsh.erp.api.product.StockAdjusted;
import iq.tsh.erp.api.product.SyncProduct;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProductTest {

    private static final ProductId ID = ProductId.ofItem("5128640000000001001");
    private static final Instant MARCH_2 = Instant.parse("2025-03-02T06:14:55Z");
    private static final Instant MARCH_20 = Instant.parse("2025-03-20T13:41:07Z");
    private static final String BAGHDAD = "5128640000000038080";
    private static final String BASRA = "5128640000000038095";

    private AggregateTestFixture<Product> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Product.class);
    }

    private static ProductData oil(long rate) {
        return new ProductData("5128640000000001001", "Extra Virgin Olive Oil 1L", "زيت زيتون", "OIL-WADI-1L",
                "Cold pressed", "Al Wadi", "bottle", ProductStatus.ACTIVE, new Money(BigDecimal.valueOf(rate), "IQD"),
                new CategoryRef("5128640000000007001", "زيوت وسمن"), "5128640000000088001", "olive-oil-1l.jpg");
    }

    private static Stock stock(long baghdad, long basra) {
        return Stock.ofLocations(List.of(
                new LocationStock(BAGHDAD, "بغداد", BigDecimal.valueOf(baghdad), BigDecimal.valueOf(baghdad)),
                new LocationStock(BASRA, "البصرة", BigDecimal.valueOf(basra), BigDecimal.valueOf(basra))));
    }

    private static ProductSynced synced(long rate, Stock stock, Instant time) {
        return new ProductSynced(ID, oil(rate), stock, time);
    }

    private static AdjustStock adjust(String line, long quantity) {
        return new AdjustStock(ID, "ADJ-1", line, BAGHDAD, "بغداد", BigDecimal.valueOf(quantity),
                LocalDate.of(2025, 3, 19), "breakage");
    }

    @Test
    void createsProductFromFirstSnapshot() {
        fixture.givenNoPriorActivity()
                .when(new SyncProduct(ID, oil(18500), stock(200, 40), MARCH_2))
                .expectEvents(synced(18500, stock(200, 40), MARCH_2))
                .expectResultMessagePayload(SyncOutcome.ACCEPTED);
    }

    @Test
    void recordsChangeFromNewerSnapshot() {
        fixture.given(synced(18500, stock(200, 40), MARCH_2))
                .when(new SyncProduct(ID, oil(19000), stock(176, 40), MARCH_20))
                .expectEvents(synced(19000, stock(176, 40), MARCH_20))
                .expectResultMessagePayload(SyncOutcome.ACCEPTED);
    }

    @Test
    void staysSilentForUnchangedSnapshot() {
        fixture.given(synced(18500, stock(200, 40), MARCH_2))
                .when(new SyncProduct(ID, oil(18500), stock(200, 40), MARCH_2))
                .expectNoEvents()
                .expectResultMessagePayload(SyncOutcome.UNCHANGED);
    }

    @Test
    void treatsSameAmountWithOtherScaleAsUnchanged() {
        ProductData sameWithDecimals = new ProductData("5128640000000001001", "Extra Virgin Olive Oil 1L", "زيت زيتون",
                "OIL-WADI-1L", "Cold pressed", "Al Wadi", "bottle", ProductStatus.ACTIVE,
                new Money(new BigDecimal("18500.00"), "IQD"), new CategoryRef("5128640000000007001", "زيوت وسمن"),
                "5128640000000088001", "olive-oil-1l.jpg");
        fixture.given(synced(18500, stock(200, 40), MARCH_2))
                .when(new SyncProduct(ID, sameWithDecimals, stock(200, 40), MARCH_2))
                .expectNoEvents()
                .expectResultMessagePayload(SyncOutcome.UNCHANGED);
    }

    @Test
    void ignoresStaleSnapshot() {
        fixture.given(synced(19000, stock(176, 40), MARCH_20))
                .when(new SyncProduct(ID, oil(18500), stock(200, 40), MARCH_2))
                .expectNoEvents()
                .expectResultMessagePayload(SyncOutcome.STALE);
    }

    @Test
    void acceptsOtherContentWithTheSameModificationTime() {
        fixture.given(synced(18500, stock(200, 40), MARCH_2))
                .when(new SyncProduct(ID, oil(18500), stock(190, 40), MARCH_2))
                .expectEvents(synced(18500, stock(190, 40), MARCH_2))
                .expectResultMessagePayload(SyncOutcome.ACCEPTED);
    }

    @Test
    void deletesProduct() {
        fixture.given(synced(18500, stock(200, 40), MARCH_2))
                .when(new DeleteProduct(ID, MARCH_2))
                .expectEvents(new ProductDeleted(ID, MARCH_2))
                .expectResultMessagePayload(SyncOutcome.ACCEPTED);
    }

    @Test
    void deletesOnlyOnce() {
        fixture.given(synced(18500, stock(200, 40), MARCH_2), new ProductDeleted(ID, MARCH_2))
                .when(new DeleteProduct(ID, MARCH_2))
                .expectNoEvents()
                .expectResultMessagePayload(SyncOutcome.UNCHANGED);
    }

    @Test
    void keepsDeletedProductDeletedWhenAnOldSnapshotArrivesLate() {
        fixture.given(synced(19000, stock(176, 40), MARCH_20), new ProductDeleted(ID, MARCH_20))
                .when(new SyncProduct(ID, oil(19000), stock(176, 40), MARCH_20))
                .expectNoEvents()
                .expectResultMessagePayload(SyncOutcome.STALE);
    }

    @Test
    void adjustsStockAtTheLocationOfTheLine() {
        fixture.given(synced(18500, stock(200, 40), MARCH_2))
                .when(adjust("L1", -3))
                .expectEvents(new StockAdjusted(ID, "ADJ-1", "L1", BAGHDAD, "بغداد", BigDecimal.valueOf(-3),
                        BigDecimal.valueOf(-3), LocalDate.of(2025, 3, 19), "breakage", stock(197, 40)))
                .expectResultMessagePayload(SyncOutcome.ACCEPTED);
    }

    @Test
    void countsARedeliveredAdjustmentLineOnce() {
        fixture.given(synced(18500, stock(200, 40), MARCH_2))
                .andGivenCommands(adjust("L1", -3))
                .when(adjust("L1", -3))
                .expectNoEvents()
                .expectResultMessagePayload(SyncOutcome.UNCHANGED);
    }

    @Test
    void appliesOnlyTheDifferenceOfAnEditedAdjustment() {
        fixture.given(synced(18500, stock(200, 40), MARCH_2))
                .andGivenCommands(adjust("L1", -3))
                .when(adjust("L1", -4))
                .expectEvents(new StockAdjusted(ID, "ADJ-1", "L1", BAGHDAD, "بغداد", BigDecimal.valueOf(-1),
                        BigDecimal.valueOf(-4), LocalDate.of(2025, 3, 19), "breakage", stock(196, 40)));
    }

    @Test
    void reversesADeletedAdjustment() {
        fixture.given(synced(18500, stock(200, 40), MARCH_2))
                .andGivenCommands(adjust("L1", -3))
                .when(adjust("L1", 0))
                .expectEvents(new StockAdjusted(ID, "ADJ-1", "L1", BAGHDAD, "بغداد", BigDecimal.valueOf(3),
                        BigDecimal.ZERO, LocalDate.of(2025, 3, 19), "breakage", stock(200, 40)));
    }

    @Test
    void recordsAnAdjustmentForAProductNotSeenYet() {
        Stock onlyBaghdad = Stock.ofLocations(List.of(
                new LocationStock(BAGHDAD, "بغداد", BigDecimal.valueOf(-3), BigDecimal.valueOf(-3))));
        fixture.givenNoPriorActivity()
                .when(adjust("L1", -3))
                .expectEvents(new StockAdjusted(ID, "ADJ-1", "L1", BAGHDAD, "بغداد", BigDecimal.valueOf(-3),
                        BigDecimal.valueOf(-3), LocalDate.of(2025, 3, 19), "breakage", onlyBaghdad));
    }

    @Test
    void newerSnapshotSetsStockAbsolutelyAfterAdjustments() {
        fixture.given(synced(18500, stock(200, 40), MARCH_2))
                .andGivenCommands(adjust("L1", -3))
                .when(new SyncProduct(ID, oil(18500), stock(176, 40), MARCH_20))
                .expectEvents(synced(18500, stock(176, 40), MARCH_20));
    }
}
