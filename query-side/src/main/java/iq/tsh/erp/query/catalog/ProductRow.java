package iq.tsh.erp.query.catalog;

import iq.tsh.erp.api.product.CategoryRef;
import iq.tsh.erp.api.product.LocationStock;
import iq.tsh.erp.api.product.ProductData;
import iq.tsh.erp.api.product.ProductDetailView;
import iq.tsh.erp.api.product.ProductStatus;
import iq.tsh.erp.api.product.Stock;
import iq.tsh.erp.query.common.SequencedRow;
import iq.tsh.erp.query.search.SearchText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One product in the {@code products} read table; it remembers the last event it applied, so replays change nothing. */
@Entity
@Table(name = "products")
class ProductRow extends SequencedRow {

    @Id
    @Column(name = "item_id")
    private String itemId;
    private String name;
    @Column(name = "name_ar")
    private String nameAr;
    private String sku;
    private String description;
    private String brand;
    private String unit;
    @Enumerated(EnumType.STRING)
    private ProductStatus status;
    private BigDecimal price;
    private String currency;
    @Column(name = "category_id")
    private String categoryId;
    @Column(name = "category_name")
    private String categoryName;
    @Column(name = "image_name")
    private String imageName;
    @Column(name = "stock_on_hand")
    private BigDecimal stockOnHand = BigDecimal.ZERO;
    @Column(name = "stock_available")
    private BigDecimal stockAvailable = BigDecimal.ZERO;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "stock_locations")
    private List<LocationStock> stockLocations = new ArrayList<>();
    @Column(name = "has_catalog_data")
    private boolean hasCatalogData;
    private boolean deleted;
    @Column(name = "zoho_modified_at")
    private Instant zohoModifiedAt;
    @Column(name = "search_key")
    private String searchKey;
    @Column(name = "search_extra")
    private String searchExtra;
    @Column(name = "first_listed_at")
    private Instant firstListedAt;

    protected ProductRow() {
        // for JPA
    }

    ProductRow(String itemId) {
        this.itemId = itemId;
    }

    void catalogData(ProductData product, Instant modifiedAt) {
        name = product.name();
        nameAr = product.nameAr();
        sku = product.sku();
        description = product.description();
        brand = product.brand();
        unit = product.unit();
        status = product.status();
        price = product.price().amount();
        currency = product.price().currency();
        categoryId = product.category() == null ? null : product.category().id();
        categoryName = product.category() == null ? null : product.category().name();
        imageName = product.imageName();
        zohoModifiedAt = modifiedAt;
        hasCatalogData = true;
        deleted = false;
        searchKey = SearchText.join(name, nameAr, sku, brand);
        searchExtra = SearchText.normalise(description);
    }

    /** New arrivals are ordered by when a product first reached the catalogue; later updates keep that moment. */
    void listedAt(Instant at) {
        if (firstListedAt == null) {
            firstListedAt = at;
        }
    }

    void stock(Stock stock) {
        stockOnHand = stock.onHand();
        stockAvailable = stock.available();
        stockLocations = new ArrayList<>(stock.locations());
    }

    void delete() {
        deleted = true;
    }

    /** The normalised names, SKU and brand: what search corrects typos against. */
    String searchKey() {
        return searchKey;
    }

    /** Visible to shoppers: its item data has arrived and it is not deleted. */
    boolean isListed() {
        return hasCatalogData && !deleted;
    }

    ProductDetailView toView() {
        CategoryRef category = categoryId == null && categoryName == null ? null : new CategoryRef(categoryId, categoryName);
        return new ProductDetailView(itemId, name, nameAr, sku, description, brand, unit, status, price, currency,
                category, imageName, new Stock(stockOnHand, stockAvailable, stockLocations), zohoModifiedAt,
                BigDecimal.ZERO, 0);
    }
}
