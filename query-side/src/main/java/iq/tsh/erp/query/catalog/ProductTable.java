package iq.tsh.erp.query.catalog;

import static iq.tsh.erp.query.common.Columns.instant;
import static iq.tsh.erp.query.common.Columns.json;
import static iq.tsh.erp.query.common.Columns.timestamp;

import iq.tsh.erp.api.product.CategoryRef;
import iq.tsh.erp.api.product.LocationStock;
import iq.tsh.erp.api.product.ProductData;
import iq.tsh.erp.api.product.ProductDetailView;
import iq.tsh.erp.api.product.ProductStatus;
import iq.tsh.erp.api.product.Stock;
import iq.tsh.erp.query.common.Columns;
import iq.tsh.erp.query.search.SearchText;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SQL of the {@code products} table. Every write is one upsert guarded by the row's {@code last_sequence}
 * (the apply-once rule, docs/read-models.md): a replayed or redelivered event updates no row and the method says so.
 * A row can exist before its item data (stock arrived first): it stays hidden until {@code has_catalog_data}.
 */
@Component
class ProductTable {

    private static final String GUARD = " WHERE products.last_sequence < EXCLUDED.last_sequence";

    private final JdbcTemplate jdbc;

    ProductTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The item's data and stock; the first time it is listed is kept across later updates (new arrivals). */
    boolean synced(String itemId, ProductData product, Instant modifiedAt, Stock stock, long sequence, Instant at) {
        CategoryRef category = product.category();
        return jdbc.update("""
                INSERT INTO products (item_id, name, name_ar, sku, description, brand, unit, status, price, currency,
                    category_id, category_name, image_name, zoho_modified_at, has_catalog_data, deleted, search_key,
                    search_extra, first_listed_at, stock_on_hand, stock_available, stock_locations, last_sequence,
                    updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, FALSE, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?)
                ON CONFLICT (item_id) DO UPDATE SET name = EXCLUDED.name, name_ar = EXCLUDED.name_ar,
                    sku = EXCLUDED.sku, description = EXCLUDED.description, brand = EXCLUDED.brand,
                    unit = EXCLUDED.unit, status = EXCLUDED.status, price = EXCLUDED.price,
                    currency = EXCLUDED.currency, category_id = EXCLUDED.category_id,
                    category_name = EXCLUDED.category_name, image_name = EXCLUDED.image_name,
                    zoho_modified_at = EXCLUDED.zoho_modified_at, has_catalog_data = TRUE, deleted = FALSE,
                    search_key = EXCLUDED.search_key, search_extra = EXCLUDED.search_extra,
                    first_listed_at = COALESCE(products.first_listed_at, EXCLUDED.first_listed_at),
                    stock_on_hand = EXCLUDED.stock_on_hand, stock_available = EXCLUDED.stock_available,
                    stock_locations = EXCLUDED.stock_locations, last_sequence = EXCLUDED.last_sequence,
                    updated_at = EXCLUDED.updated_at""" + GUARD,
                itemId, product.name(), product.nameAr(), product.sku(), product.description(), product.brand(),
                product.unit(), Columns.name(product.status()), product.price().amount(), product.price().currency(),
                category == null ? null : category.id(), category == null ? null : category.name(),
                product.imageName(), timestamp(modifiedAt), searchKey(product),
                SearchText.normalise(product.description()), timestamp(at), stock.onHand(), stock.available(),
                json(stock.locations()), sequence, timestamp(at)) == 1;
    }

    boolean stock(String itemId, Stock stock, long sequence, Instant at) {
        return jdbc.update("""
                INSERT INTO products (item_id, stock_on_hand, stock_available, stock_locations, last_sequence, updated_at)
                VALUES (?, ?, ?, CAST(? AS jsonb), ?, ?)
                ON CONFLICT (item_id) DO UPDATE SET stock_on_hand = EXCLUDED.stock_on_hand,
                    stock_available = EXCLUDED.stock_available, stock_locations = EXCLUDED.stock_locations,
                    last_sequence = EXCLUDED.last_sequence, updated_at = EXCLUDED.updated_at""" + GUARD,
                itemId, stock.onHand(), stock.available(), json(stock.locations()), sequence, timestamp(at)) == 1;
    }

    boolean deleted(String itemId, long sequence, Instant at) {
        return jdbc.update("""
                INSERT INTO products (item_id, deleted, last_sequence, updated_at) VALUES (?, TRUE, ?, ?)
                ON CONFLICT (item_id) DO UPDATE SET deleted = TRUE, last_sequence = EXCLUDED.last_sequence,
                    updated_at = EXCLUDED.updated_at""" + GUARD,
                itemId, sequence, timestamp(at)) == 1;
    }

    /** A shopper's view of the product: only once its item data has arrived and while it is not deleted. */
    Optional<ProductDetailView> listed(String itemId) {
        return jdbc.query("SELECT * FROM products WHERE item_id = ? AND has_catalog_data AND NOT deleted",
                ProductTable::view, itemId).stream().findFirst();
    }

    void clear() {
        jdbc.update("DELETE FROM products");
    }

    /** The normalised names, SKU and brand: what search corrects typos against. */
    static String searchKey(ProductData product) {
        return SearchText.join(product.name(), product.nameAr(), product.sku(), product.brand());
    }

    private static ProductDetailView view(ResultSet rs, int row) throws SQLException {
        String categoryId = rs.getString("category_id");
        String categoryName = rs.getString("category_name");
        CategoryRef category = categoryId == null && categoryName == null ? null : new CategoryRef(categoryId, categoryName);
        String status = rs.getString("status");
        List<LocationStock> locations = Columns.jsonList(rs, "stock_locations", LocationStock.class);
        return new ProductDetailView(rs.getString("item_id"), rs.getString("name"), rs.getString("name_ar"),
                rs.getString("sku"), rs.getString("description"), rs.getString("brand"), rs.getString("unit"),
                status == null ? null : ProductStatus.valueOf(status), rs.getBigDecimal("price"),
                rs.getString("currency"), category, rs.getString("image_name"),
                new Stock(rs.getBigDecimal("stock_on_hand"), rs.getBigDecimal("stock_available"), locations),
                instant(rs, "zoho_modified_at"), BigDecimal.ZERO, 0);
    }
}
