package iq.tsh.erp.query.promotion;

import iq.tsh.erp.api.promotion.PromotionScope;
import iq.tsh.erp.api.promotion.PromotionTerms;
import iq.tsh.erp.api.promotion.PromotionType;
import iq.tsh.erp.api.promotion.PromotionView;
import iq.tsh.erp.query.common.SequencedRow;
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

/** One promotion in the {@code promotions} read table; it remembers the last event it applied. */
@Entity
@Table(name = "promotions")
class PromotionRow extends SequencedRow {

    @Id
    private String id;
    private String name;
    @Column(name = "name_ar")
    private String nameAr;
    private String code;
    @Column(name = "code_key")
    private String codeKey;
    @Enumerated(EnumType.STRING)
    private PromotionType type;
    private BigDecimal value;
    private String currency;
    @Column(name = "buy_quantity")
    private Integer buyQuantity;
    @Column(name = "get_quantity")
    private Integer getQuantity;
    @Column(name = "minimum_purchase")
    private BigDecimal minimumPurchase;
    @Column(name = "usage_limit")
    private Integer usageLimit;
    @Column(name = "usage_count")
    private int usageCount;
    @Column(name = "starts_at")
    private Instant startsAt;
    @Column(name = "ends_at")
    private Instant endsAt;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Enumerated(EnumType.STRING)
    private PromotionScope scope;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "product_ids")
    private List<String> productIds = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "category_ids")
    private List<String> categoryIds = new ArrayList<>();
    private boolean stackable;
    private int priority;
    @Column(name = "created_at")
    private Instant createdAt;

    protected PromotionRow() {
        // for JPA
    }

    PromotionRow(String id) {
        this.id = id;
    }

    void created(PromotionTerms terms, Instant at) {
        createdAt = at;
        terms(terms);
    }

    void terms(PromotionTerms terms) {
        name = terms.name();
        nameAr = terms.nameAr();
        code = terms.code();
        codeKey = terms.codeKey();
        type = terms.type();
        value = terms.value();
        currency = terms.currency();
        buyQuantity = terms.buyQuantity();
        getQuantity = terms.getQuantity();
        minimumPurchase = terms.minimumPurchase();
        usageLimit = terms.usageLimit();
        startsAt = terms.startsAt();
        endsAt = terms.endsAt();
        scope = terms.scope();
        productIds = new ArrayList<>(terms.productIds());
        categoryIds = new ArrayList<>(terms.categoryIds());
        stackable = terms.stackable();
        priority = terms.priority();
    }

    void ended(Instant at) {
        endedAt = at;
    }

    void usageCount(int count) {
        usageCount = count;
    }

    PromotionView toView() {
        return new PromotionView(id, name, nameAr, code, type, value, currency, buyQuantity, getQuantity,
                minimumPurchase, usageLimit, usageCount, startsAt, endsAt, scope, productIds, categoryIds, stackable,
                priority, endedAt, createdAt);
    }
}
