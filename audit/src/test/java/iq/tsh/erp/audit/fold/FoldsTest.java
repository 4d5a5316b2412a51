package iq.tsh.erp.audit.fold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import iq.tsh.erp.api.DomainEvent;
import iq.tsh.erp.api.address.DefaultBillingAddressChosen;
import iq.tsh.erp.api.cart.CartCleared;
import iq.tsh.erp.api.customer.CustomerDeleted;
import iq.tsh.erp.api.pricing.PriceListSynced;
import iq.tsh.erp.api.product.ProductSynced;
import iq.tsh.erp.api.product.StockAdjusted;
import iq.tsh.erp.api.promotion.PromotionRedeemed;
import iq.tsh.erp.api.purchase.BillDeleted;
import iq.tsh.erp.api.review.ReviewHidden;
import iq.tsh.erp.api.sales.CreditNoteSynced;
import iq.tsh.erp.api.sales.InvoiceVoided;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every event the api declares is folded by exactly one aggregate's fold, so an event added without a fold fails
 * the build here instead of folding wrongly, or not at all, in front of an auditor.
 */
class FoldsTest {

    /** The api's events: every class of {@code iq.tsh.erp.api} that is a {@link DomainEvent}, found in the jar. */
    private static final Set<String> API_EVENTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("iq.tsh.erp.api")
            .stream()
            .filter(type -> type.isAssignableTo(DomainEvent.class) && !type.isEquivalentTo(DomainEvent.class))
            .map(JavaClass::getName)
            .collect(Collectors.toCollection(TreeSet::new));

    private static Set<String> apiEvents() {
        return API_EVENTS;
    }

    /** What is wrong with the folds for these events: each named once per fold that knows it, but once only. */
    private static List<String> problems(Collection<String> events, List<AggregateFold> folds) {
        List<String> problems = new ArrayList<>();
        for (String event : events) {
            List<String> owners = folds.stream().filter(fold -> fold.knows(event)).map(AggregateFold::aggregate)
                    .toList();
            if (owners.size() != 1) {
                problems.add(event + " is folded by " + (owners.isEmpty() ? "no aggregate fold" : owners));
            }
        }
        return problems;
    }

    @Test
    void foldsEveryApiEventInExactlyOneAggregate() {
        assertThat(problems(apiEvents(), Folds.ALL)).isEmpty();
    }

    @Test
    void knowsNoEventTheApiDoesNotDeclare() {
        Set<String> folded = Folds.ALL.stream().flatMap(fold -> fold.eventTypes().stream()).map(Class::getName)
                .collect(Collectors.toSet());

        assertThat(apiEvents()).containsAll(folded);
    }

    @Test
    void findsTheEventsOfEveryAggregateInTheApiJar() {
        assertThat(apiEvents()).contains(ProductSynced.class.getName(), StockAdjusted.class.getName(),
                CustomerDeleted.class.getName(), InvoiceVoided.class.getName(), CreditNoteSynced.class.getName(),
                BillDeleted.class.getName(), PriceListSynced.class.getName(), CartCleared.class.getName(),
                DefaultBillingAddressChosen.class.getName(), ReviewHidden.class.getName(),
                PromotionRedeemed.class.getName());
    }

    @Test
    void apiEventsAreRecords() throws ClassNotFoundException {
        for (String event : apiEvents()) {
            assertThat(Class.forName(event).isRecord()).as(event).isTrue();
        }
    }

    @Test
    void hasOneFoldPerAggregateType() {
        List<String> aggregates = Folds.ALL.stream().map(AggregateFold::aggregate).toList();

        assertThat(aggregates).doesNotHaveDuplicates().hasSize(10);
    }

    @Test
    void reportsAnEventNoFoldKnows() {
        List<String> problems = problems(List.of(ProductSynced.class.getName(), CartCleared.class.getName()),
                List.of(ProductFold.FOLD));

        assertThat(problems).containsExactly(CartCleared.class.getName() + " is folded by no aggregate fold");
    }

    @Test
    void reportsAnEventTwoFoldsKnow() {
        AggregateFold other = AggregateFold.of("Other").on(ProductSynced.class, Steps::synced).build();

        List<String> problems = problems(List.of(ProductSynced.class.getName()), List.of(ProductFold.FOLD, other));

        assertThat(problems).containsExactly(ProductSynced.class.getName() + " is folded by [Product, Other]");
    }

    @Test
    void refusesAFoldThatNamesAnEventTwice() {
        AggregateFold.Builder builder = AggregateFold.of("Twice").on(ProductSynced.class, Steps::synced);

        assertThatIllegalStateException()
                .isThrownBy(() -> builder.on(ProductSynced.class, Steps::deleted))
                .withMessageContaining("Twice folds " + ProductSynced.class.getName() + " twice");
    }
}
