package iq.tsh.erp.audit.fold;

import static iq.tsh.erp.audit.fold.Stored.stateOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import iq.tsh.erp.api.common.Money;
import iq.tsh.erp.api.product.CategoryRef;
import iq.tsh.erp.api.product.LocationStock;
import iq.tsh.erp.api.product.ProductData;
import iq.tsh.erp.api.product.ProductDeleted;
import iq.tsh.erp.api.product.ProductId;
import iq.tsh.erp.api.product.ProductStatus;
import iq.tsh.erp.api.product.ProductSynced;
import iq.tsh.erp.api.product.Stock;
import iq.tsh.erp.api.product.StockAdjusted;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductFoldTest {

    private static final String ITEM = "5128640000000001001";
    private static final ProductId ID = ProductId.ofItem(ITEM);
    private static final Instant MONDAY = Instant.parse("2025-05-05T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2025-05-06T09:00:00Z");

    private static ProductSynced synced(String price, int available, Instant at) {
        ProductData product = new ProductData(ITEM, "USB cable", "كيبل", "SKU-1", null, "TSH", "pcs",
                ProductStatus.ACTIVE, new Money(new BigDecimal(price), "IQD"), new CategoryRef("7", "Cables"), null,
                null);
        return new ProductSynced(ID, product, stock(available), at);
    }

    private static Stock stock(int available) {
        return Stock.ofLocations(List.of(new LocationStock("loc-1", "Baghdad", BigDecimal.valueOf(available),
                BigDecimal.valueOf(available))));
    }

    private static StockAdjusted adjusted(int quantity, int availableAfter) {
        return new StockAdjusted(ID, "adj-1", "line-1", "loc-1", "Baghdad", BigDecimal.valueOf(quantity),
                BigDecimal.valueOf(quantity), LocalDate.of(2025, 5, 6), "Damaged", stock(availableAfter));
    }

    private static String price(ObjectNode state) {
        return state.get("product").get("price").get("amount").decimalValue().toPlainString();
    }

    private static int available(ObjectNode state) {
        return state.get("stock").get("available").intValue();
    }

    @Test
    void aNewerSnapshotOverwritesTheProduct() {
        ObjectNode state = stateOf(synced("18500", 228, MONDAY), synced("19000", 204, TUESDAY));

        assertThat(price(state)).isEqualTo("19000");
        assertThat(available(state)).isEqualTo(204);
        assertThat(state.get("productId").asText()).isEqualTo("item:" + ITEM);
        assertThat(state.get("lastModifiedTime").asText()).isEqualTo(TUESDAY.toString());
        assertThat(state.get("deleted").asBoolean()).isFalse();
        assertThat(state.has("voided")).isFalse();
    }

    @Test
    void aStockAdjustmentSetsTheStockItStatesAfterTheMove() {
        ObjectNode state = stateOf(synced("18500", 204, MONDAY), adjusted(-3, 201));

        assertThat(available(state)).isEqualTo(201);
        assertThat(price(state)).isEqualTo("18500");
        JsonNode adjustment = state.get("lastStockAdjustment");
        assertThat(adjustment.get("quantity").intValue()).isEqualTo(-3);
        assertThat(adjustment.get("reason").asText()).isEqualTo("Damaged");
        assertThat(adjustment.has("stockAfter")).isFalse();
        assertThat(state.get("deleted").asBoolean()).isFalse();
    }

    @Test
    void aStockAdjustmentOfAnItemNotSeenYetStatesItsStock() {
        ObjectNode state = stateOf(adjusted(5, 5));

        assertThat(available(state)).isEqualTo(5);
        assertThat(state.get("deleted").asBoolean()).isFalse();
        assertThat(state.has("product")).isFalse();
    }

    @Test
    void aDeletionKeepsTheLastKnownProductMarkedDeleted() {
        ObjectNode state = stateOf(synced("18500", 228, MONDAY), new ProductDeleted(ID, TUESDAY));

        assertThat(state.get("deleted").asBoolean()).isTrue();
        assertThat(price(state)).isEqualTo("18500");
        assertThat(state.get("lastModifiedTime").asText()).isEqualTo(TUESDAY.toString());
    }

    @Test
    void aStockAdjustmentAfterTheDeletionLeavesTheProductDeleted() {
        ObjectNode state = stateOf(synced("18500", 228, MONDAY), new ProductDeleted(ID, MONDAY), adjusted(-3, 225));

        assertThat(state.get("deleted").asBoolean()).isTrue();
        assertThat(available(state)).isEqualTo(225);
    }

    @Test
    void aNewerSnapshotRestoresADeletedProduct() {
        ObjectNode state = stateOf(synced("18500", 228, MONDAY), new ProductDeleted(ID, MONDAY),
                synced("19000", 10, TUESDAY));

        assertThat(state.get("deleted").asBoolean()).isFalse();
        assertThat(price(state)).isEqualTo("19000");
    }

    @Test
    void keepsStoredDecimalsDigitForDigit() {
        ObjectNode state = stateOf(synced("18500.75", 228, MONDAY));

        assertThat(state.get("product").get("price").get("amount").toString()).isEqualTo("18500.75");
    }
}
