package iq.tsh.erp.query.pricing;

import iq.tsh.erp.api.catalog.CustomerPricing;
import iq.tsh.erp.api.catalog.FindCustomerPricing;
import iq.tsh.erp.api.catalog.FindPricedProducts;
import iq.tsh.erp.api.catalog.PricedProduct;
import iq.tsh.erp.api.catalog.PricedProducts;
import iq.tsh.erp.api.pricing.PriceBook;
import java.util.Arrays;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Prices products for one shopper: the book's price where the book has the item, else the item's own rate (what
 * DESIGN.md promises guests, and a safe answer for a book that misses an item). One statement per question.
 */
@Component
class PricingQueries {

    private final JdbcTemplate jdbc;

    PricingQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public PricedProducts handle(FindPricedProducts query) {
        if (query.itemIds().isEmpty()) {
            return new PricedProducts(List.of());
        }
        List<PricedProduct> products = jdbc.query(connection -> {
            var statement = connection.prepareStatement("""
                    select p.item_id, p.name, p.name_ar, p.category_id, p.brand, p.image_name,
                           coalesce(pp.price, p.price) as price, case when pp.price is null then p.currency else pp.currency end as currency,
                           p.stock_available, p.status = 'ACTIVE' as active
                    from products p left join product_prices pp on pp.book = ? and pp.item_id = p.item_id
                    where p.item_id = any (?) and p.has_catalog_data and not p.deleted""");
            statement.setString(1, query.book());
            statement.setArray(2, connection.createArrayOf("text", query.itemIds().toArray()));
            return statement;
        }, (rs, row) -> new PricedProduct(rs.getString("item_id"), rs.getString("name"), rs.getString("name_ar"),
                rs.getString("category_id"), rs.getString("brand"), rs.getString("image_name"), rs.getBigDecimal("price"),
                rs.getString("currency"), rs.getBigDecimal("stock_available"), rs.getBoolean("active")));
        return new PricedProducts(products);
    }

    /**
     * A customer buys at their Zoho price list's book, in that book's currency; unknown or deleted customers, and
     * those whose list is not one of the six books, see the guest book.
     */
    @QueryHandler
    public CustomerPricing handle(FindCustomerPricing query) {
        List<CustomerPricing> found = jdbc.query("""
                select l.book, c.language
                from customers c left join price_lists l on l.pricebook_id = c.price_list_id and not l.deleted
                where c.contact_id = ? and not c.deleted""",
                (rs, row) -> pricing(rs.getString("book"), rs.getString("language")), query.customerId());
        return found.isEmpty() ? CustomerPricing.guest() : found.get(0);
    }

    private static CustomerPricing pricing(String bookCode, String language) {
        PriceBook book = Arrays.stream(PriceBook.values()).filter(b -> b.code().equals(bookCode)).findFirst()
                .orElse(PriceBook.CONSUMER_IQD);
        return new CustomerPricing(book.code(), book.currency(), language);
    }
}
