package iq.tsh.erp.bff.checkout;

import iq.tsh.erp.api.catalog.PricedProduct;
import iq.tsh.erp.api.promotion.PromotionScope;
import iq.tsh.erp.api.promotion.PromotionTerms;
import iq.tsh.erp.api.promotion.PromotionType;
import iq.tsh.erp.api.promotion.PromotionView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A small catalogue and builders that make each row of the calculator table one readable line. */
final class Orders {

    static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");
    static final Instant YESTERDAY = NOW.minusSeconds(86_400);
    static final Instant TOMORROW = NOW.plusSeconds(86_400);

    private static final Map<String, PricedProduct> CATALOGUE = Map.of(
            "oil", product("oil", "oils", "18500", "IQD", 100, true),
            "rice", product("rice", "grains", "12000", "IQD", 50, true),
            "tea", product("tea", "drinks", "3333.5", "IQD", 0, true),
            "nuts", product("nuts", "snacks", "3332.5", "IQD", 10, true),
            "soap", product("soap", "home", "2500", "IQD", 3, true),
            "old", product("old", "home", "1000", "IQD", 10, false),
            "cable", product("cable", "electronics", "4.125", "USD", 10, true),
            "charger", product("charger", "electronics", "19.99", "USD", 10, true));

    private Orders() {
    }

    private static PricedProduct product(String id, String category, String price, String currency, int available,
                                         boolean active) {
        return new PricedProduct(id, id + " name", null, category, null, null, new BigDecimal(price), currency,
                BigDecimal.valueOf(available), active);
    }

    static Order order(String currency) {
        return new Order(currency);
    }

    static Promo promo(String id) {
        return new Promo(id);
    }

    static final class Order {
        private final String currency;
        private final List<CheckoutLine> lines = new ArrayList<>();
        private final List<PromotionView> promotions = new ArrayList<>();
        private String code;
        private BigDecimal fee = BigDecimal.ZERO;
        private BigDecimal tax = BigDecimal.ZERO;

        Order(String currency) {
            this.currency = currency;
        }

        Order line(String productId, int quantity) {
            lines.add(new CheckoutLine(productId, quantity, CATALOGUE.get(productId), null));
            return this;
        }

        Order lineSeenAt(String productId, int quantity, String priceWhenAdded) {
            lines.add(new CheckoutLine(productId, quantity, CATALOGUE.get(productId), new BigDecimal(priceWhenAdded)));
            return this;
        }

        Order with(Promo... promos) {
            for (Promo p : promos) {
                promotions.add(p.view());
            }
            return this;
        }

        Order code(String code) {
            this.code = code;
            return this;
        }

        Order delivery(String fee) {
            this.fee = new BigDecimal(fee);
            return this;
        }

        Order tax(String rate) {
            this.tax = new BigDecimal(rate);
            return this;
        }

        CheckoutInput input() {
            return new CheckoutInput(currency, lines, promotions, code, fee, tax, NOW);
        }
    }

    static final class Promo {
        private final String id;
        private String code;
        private PromotionType type = PromotionType.PERCENTAGE;
        private BigDecimal value = BigDecimal.TEN;
        private String currency = "IQD";
        private Integer buy;
        private Integer get;
        private BigDecimal minimum;
        private Integer limit;
        private int used;
        private Instant startsAt;
        private Instant endsAt;
        private Instant endedAt;
        private PromotionScope scope = PromotionScope.ALL;
        private List<String> productIds = List.of();
        private List<String> categoryIds = List.of();
        private boolean stackable;
        private int priority;

        Promo(String id) {
            this.id = id;
        }

        Promo percent(String percent) {
            type = PromotionType.PERCENTAGE;
            value = new BigDecimal(percent);
            return this;
        }

        Promo fixed(String amount, String currency) {
            type = PromotionType.FIXED_AMOUNT;
            value = new BigDecimal(amount);
            this.currency = currency;
            return this;
        }

        Promo buyGet(int buy, int get) {
            type = PromotionType.BUY_X_GET_Y;
            value = null;
            this.buy = buy;
            this.get = get;
            return this;
        }

        Promo code(String code) {
            this.code = code;
            return this;
        }

        Promo minimum(String minimum) {
            this.minimum = new BigDecimal(minimum);
            return this;
        }

        Promo used(int used, int limit) {
            this.used = used;
            this.limit = limit;
            return this;
        }

        Promo window(Instant startsAt, Instant endsAt) {
            this.startsAt = startsAt;
            this.endsAt = endsAt;
            return this;
        }

        Promo endedAt(Instant endedAt) {
            this.endedAt = endedAt;
            return this;
        }

        Promo products(String... ids) {
            scope = PromotionScope.PRODUCTS;
            productIds = List.of(ids);
            return this;
        }

        Promo categories(String... ids) {
            scope = PromotionScope.CATEGORIES;
            categoryIds = List.of(ids);
            return this;
        }

        Promo stackable() {
            stackable = true;
            return this;
        }

        Promo priority(int priority) {
            this.priority = priority;
            return this;
        }

        PromotionView view() {
            PromotionTerms terms = new PromotionTerms(id + " promotion", null, code, type, value, currency, buy, get,
                    minimum, limit, startsAt, endsAt, scope, productIds, categoryIds, stackable, priority);
            return new PromotionView(id, terms, used, endedAt, YESTERDAY);
        }
    }
}
