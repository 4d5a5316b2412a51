package iq.tsh.erp.bff.checkout;

import static iq.tsh.erp.bff.checkout.Orders.NOW;
import static iq.tsh.erp.bff.checkout.Orders.TOMORROW;
import static iq.tsh.erp.bff.checkout.Orders.YESTERDAY;
import static iq.tsh.erp.bff.checkout.Orders.order;
import static iq.tsh.erp.bff.checkout.Orders.promo;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checkout rules as a table: each row is an order, and what it must come to as
 * {@code subtotal/discount/deliveryFee/tax/total}, the promotions applied ({@code id=discount}) and the warnings
 * ({@code CODE[:REASON][@productId]}).
 */
class CheckoutCalculatorTest {

    static Stream<Arguments> table() {
        return Stream.of(
                // plain orders, stock and catalogue warnings
                row("no promotion", order("IQD").line("oil", 2).line("rice", 1),
                        "49000/0/0/0/49000", "", ""),
                row("unknown product dropped from totals", order("IQD").line("oil", 1).line("ghost", 3),
                        "18500/0/0/0/18500", "", "PRODUCT_UNAVAILABLE@ghost"),
                row("inactive product dropped from totals", order("IQD").line("oil", 1).line("old", 1),
                        "18500/0/0/0/18500", "", "PRODUCT_UNAVAILABLE@old"),
                row("out of stock stays in the totals with a warning", order("IQD").line("tea", 1),
                        "3334/0/0/0/3334", "", "OUT_OF_STOCK@tea"),
                row("quantity above stock stays with a warning", order("IQD").line("soap", 5),
                        "12500/0/0/0/12500", "", "QUANTITY_ABOVE_STOCK@soap"),
                row("price changed since added to the cart", order("IQD").lineSeenAt("oil", 1, "18000"),
                        "18500/0/0/0/18500", "", "PRICE_CHANGED@oil"),
                row("same price in another scale is unchanged", order("IQD").lineSeenAt("oil", 1, "18500.00"),
                        "18500/0/0/0/18500", "", ""),
                row("nothing left to buy: no delivery fee", order("IQD").line("ghost", 1).delivery("5000"),
                        "0/0/0/0/0", "", "PRODUCT_UNAVAILABLE@ghost"),
                // percentage and scope
                row("percentage on every line", order("IQD").line("oil", 2).line("rice", 1).with(promo("p10")),
                        "49000/4900/0/0/44100", "p10=4900", ""),
                row("percentage scoped to a category", order("IQD").line("oil", 2).line("rice", 1)
                                .with(promo("oils").categories("oils")),
                        "49000/3700/0/0/45300", "oils=3700", ""),
                row("percentage scoped to products", order("IQD").line("oil", 2).line("rice", 1)
                                .with(promo("rice").products("rice")),
                        "49000/1200/0/0/47800", "rice=1200", ""),
                row("automatic promotion out of scope is silent", order("IQD").line("oil", 1)
                                .with(promo("drinks").categories("drinks")),
                        "18500/0/0/0/18500", "", ""),
                row("percentage of 100 makes a line free, never negative", order("IQD").line("oil", 1)
                                .with(promo("free").percent("100")).delivery("5000"),
                        "18500/18500/5000/0/5000", "free=18500", ""),
                // fixed amount
                row("fixed amount spread over lines, exact to the dinar", order("IQD").line("oil", 2).line("rice", 1)
                                .with(promo("f5k").fixed("5000", "IQD")),
                        "49000/5000/0/0/44000", "f5k=5000", ""),
                row("fixed amount above the eligible lines takes only them", order("IQD").line("oil", 2).line("rice", 1)
                                .with(promo("big").fixed("100000", "IQD").products("rice")),
                        "49000/12000/0/0/37000", "big=12000", ""),
                row("fixed amount in another currency does not apply", order("IQD").line("oil", 1)
                                .with(promo("usd").fixed("5", "USD")),
                        "18500/0/0/0/18500", "", "PROMOTION_NOT_APPLICABLE:CURRENCY_MISMATCH"),
                row("fixed amount in USD on a USD order", order("USD").line("charger", 2)
                                .with(promo("usd").fixed("5", "USD")),
                        "39.98/5.00/0.00/0.00/34.98", "usd=5.00", ""),
                // buy X get Y
                row("buy 2 get 1: three units, one free", order("IQD").line("oil", 3).with(promo("b2g1").buyGet(2, 1)),
                        "55500/18500/0/0/37000", "b2g1=18500", ""),
                row("buy 2 get 1: five units, still one free", order("IQD").line("oil", 5).with(promo("b2g1").buyGet(2, 1)),
                        "92500/18500/0/0/74000", "b2g1=18500", ""),
                row("buy 2 get 1: six units, two free", order("IQD").line("oil", 6).with(promo("b2g1").buyGet(2, 1)),
                        "111000/37000/0/0/74000", "b2g1=37000", ""),
                row("buy 2 get 1: two units are not enough", order("IQD").line("oil", 2).with(promo("b2g1").buyGet(2, 1)),
                        "37000/0/0/0/37000", "", "PROMOTION_NOT_APPLICABLE:NOT_ENOUGH_UNITS"),
                row("buy 2 get 1 never pools different products", order("IQD").line("oil", 2).line("rice", 1)
                                .with(promo("b2g1").buyGet(2, 1)),
                        "49000/0/0/0/49000", "", "PROMOTION_NOT_APPLICABLE:NOT_ENOUGH_UNITS"),
                // minimum purchase
                row("minimum purchase met exactly", order("IQD").line("oil", 2).line("rice", 1)
                                .with(promo("min").minimum("49000")),
                        "49000/4900/0/0/44100", "min=4900", ""),
                row("minimum purchase not met", order("IQD").line("oil", 2).line("rice", 1)
                                .with(promo("min").minimum("50000")),
                        "49000/0/0/0/49000", "", "PROMOTION_NOT_APPLICABLE:MINIMUM_NOT_MET"),
                row("minimum counts only eligible lines", order("IQD").line("oil", 2).line("rice", 1)
                                .with(promo("min").categories("oils").minimum("40000")),
                        "49000/0/0/0/49000", "", "PROMOTION_NOT_APPLICABLE:MINIMUM_NOT_MET"),
                // usage limit and window
                row("automatic promotion used up is silent", order("IQD").line("oil", 1).with(promo("p").used(5, 5)),
                        "18500/0/0/0/18500", "", ""),
                row("code used up is a warning", order("IQD").line("oil", 1).code("GONE")
                                .with(promo("p").code("GONE").used(5, 5)),
                        "18500/0/0/0/18500", "", "PROMOTION_NOT_APPLICABLE:USAGE_LIMIT_REACHED"),
                row("usage below the limit applies", order("IQD").line("oil", 1).with(promo("p").used(4, 5)),
                        "18500/1850/0/0/16650", "p=1850", ""),
                row("code not started yet", order("IQD").line("oil", 1).code("SOON")
                                .with(promo("p").code("SOON").window(TOMORROW, null)),
                        "18500/0/0/0/18500", "", "PROMOTION_NOT_APPLICABLE:NOT_STARTED"),
                row("code expired", order("IQD").line("oil", 1).code("OLD")
                                .with(promo("p").code("OLD").window(YESTERDAY.minusSeconds(3600), YESTERDAY)),
                        "18500/0/0/0/18500", "", "PROMOTION_NOT_APPLICABLE:EXPIRED"),
                row("code ended by ops", order("IQD").line("oil", 1).code("STOP")
                                .with(promo("p").code("STOP").endedAt(NOW.minusSeconds(60))),
                        "18500/0/0/0/18500", "", "PROMOTION_NOT_APPLICABLE:EXPIRED"),
                row("automatic promotion inside its window", order("IQD").line("oil", 1)
                                .with(promo("p").window(YESTERDAY, TOMORROW)),
                        "18500/1850/0/0/16650", "p=1850", ""),
                row("automatic promotion not started is silent", order("IQD").line("oil", 1)
                                .with(promo("p").window(TOMORROW, null)),
                        "18500/0/0/0/18500", "", ""),
                // codes
                row("coded promotion without its code", order("IQD").line("oil", 1).with(promo("c").code("RAMADAN")),
                        "18500/0/0/0/18500", "", ""),
                row("coded promotion with its code in another case", order("IQD").line("oil", 1).code(" ramadan ")
                                .with(promo("c").code("RAMADAN")),
                        "18500/1850/0/0/16650", "c=1850", ""),
                row("unknown code is a warning, automatic ones still apply", order("IQD").line("oil", 1).code("NOPE")
                                .with(promo("auto")),
                        "18500/1850/0/0/16650", "auto=1850", "PROMOTION_NOT_APPLICABLE:UNKNOWN_CODE"),
                row("code that loses to a better promotion says so", order("IQD").line("oil", 2).line("rice", 1)
                                .code("SAVE5").with(promo("auto"), promo("c5").code("SAVE5").percent("5")),
                        "49000/4900/0/0/44100", "auto=4900", "PROMOTION_NOT_APPLICABLE:BETTER_PROMOTION_APPLIED"),
                // stacking
                row("not stackable: only the best single", order("IQD").line("oil", 2).line("rice", 1)
                                .with(promo("p10"), promo("p15").percent("15")),
                        "49000/7350/0/0/41650", "p15=7350", ""),
                row("stackable ones add up", order("IQD").line("oil", 2).line("rice", 1)
                                .with(promo("s10").stackable(), promo("s5").percent("5").stackable()),
                        "49000/7350/0/0/41650", "s10=4900,s5=2450", ""),
                row("best single beats a smaller stack", order("IQD").line("oil", 2).line("rice", 1)
                                .with(promo("p20").percent("20"), promo("s10").stackable(),
                                        promo("s5").percent("5").stackable()),
                        "49000/9800/0/0/39200", "p20=9800", ""),
                row("a larger stack beats the best single", order("IQD").line("oil", 2).line("rice", 1)
                                .with(promo("p10"), promo("s10").stackable(), promo("s5").percent("5").stackable()),
                        "49000/7350/0/0/41650", "s10=4900,s5=2450", ""),
                row("stack never takes a line below zero", order("IQD").line("oil", 1)
                                .with(promo("s60").percent("60").stackable().priority(2),
                                        promo("s50").percent("50").stackable().priority(1)),
                        "18500/18500/0/0/0", "s60=11100,s50=7400", ""),
                row("stackable code adds to a stackable automatic", order("IQD").line("oil", 2).line("rice", 1)
                                .code("EXTRA").with(promo("auto").stackable(),
                                        promo("extra").code("EXTRA").percent("5").stackable()),
                        "49000/7350/0/0/41650", "auto=4900,extra=2450", ""),
                row("stack mixes types: buy 2 get 1 and a fixed amount", order("IQD").line("oil", 3)
                                .with(promo("b2g1").buyGet(2, 1).stackable(),
                                        promo("f").fixed("1000", "IQD").stackable()),
                        "55500/19500/0/0/36000", "b2g1=18500,f=1000", ""),
                // rounding
                row("IQD unit price rounds half-even up", order("IQD").line("tea", 1),
                        "3334/0/0/0/3334", "", "OUT_OF_STOCK@tea"),
                row("IQD unit price rounds half-even down", order("IQD").line("nuts", 1),
                        "3332/0/0/0/3332", "", ""),
                row("IQD discount 2.5 rounds to 2", order("IQD").line("soap", 1).with(promo("tiny").percent("0.1")),
                        "2500/2/0/0/2498", "tiny=2", ""),
                row("IQD discount 7.5 rounds to 8", order("IQD").line("soap", 3).with(promo("tiny").percent("0.1")),
                        "7500/8/0/0/7492", "tiny=8", ""),
                row("USD unit price and discount round to cents half-even", order("USD").line("cable", 3)
                                .with(promo("p").percent("12.5")),
                        "12.36/1.54/0.00/0.00/10.82", "p=1.54", ""),
                row("line in another currency than the order is left out", order("USD").line("charger", 1).line("oil", 1),
                        "19.99/0.00/0.00/0.00/19.99", "", "CURRENCY_MISMATCH@oil"),
                // delivery and tax
                row("delivery fee added", order("IQD").line("oil", 1).delivery("5000"),
                        "18500/0/5000/0/23500", "", ""),
                row("tax on discounted goods, delivery excluded", order("IQD").line("oil", 2).line("rice", 1)
                                .with(promo("p10")).delivery("5000").tax("0.15"),
                        "49000/4900/5000/6615/55715", "p10=4900", ""),
                row("IQD tax 2.5 rounds half-even to 2", order("IQD").line("soap", 2).tax("0.0005"),
                        "5000/0/0/2/5002", "", ""),
                row("USD delivery and tax in cents", order("USD").line("charger", 1).delivery("4").tax("0.1"),
                        "19.99/0.00/4.00/2.00/25.99", "", ""));
    }

    private static Arguments row(String name, Orders.Order order, String totals, String applied, String warnings) {
        return Arguments.of(name, order.input(), totals, applied, warnings);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void calculates(String name, CheckoutInput input, String totals, String applied, String warnings) {
        CheckoutResult result = CheckoutCalculator.calculate(input);

        assertThat(String.join("/", plain(result.subtotal()), plain(result.discount()), plain(result.deliveryFee()),
                plain(result.tax()), plain(result.total()))).isEqualTo(totals);
        assertThat(result.appliedPromotions().stream()
                .map(a -> a.promotion().id() + "=" + plain(a.discount())).toList()).isEqualTo(list(applied));
        assertThat(result.warnings().stream().map(CheckoutCalculatorTest::describe).toList())
                .containsExactlyInAnyOrderElementsOf(list(warnings));
        for (CheckoutResult.Line line : result.lines()) {
            assertThat(line.lineTotal().signum()).as("line total of " + line.productId()).isNotNegative();
            assertThat(line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())).subtract(line.discount()))
                    .isEqualByComparingTo(line.lineTotal());
        }
        BigDecimal lineSum = result.lines().stream().map(CheckoutResult.Line::lineTotal)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(lineSum).isEqualByComparingTo(result.subtotal().subtract(result.discount()));
    }

    @Test
    void spreadsFixedAmountOverLinesInProportion() {
        CheckoutResult result = CheckoutCalculator.calculate(order("IQD").line("oil", 2).line("rice", 1)
                .with(promo("f5k").fixed("5000", "IQD")).input());

        assertThat(result.lines()).extracting(l -> plain(l.discount())).containsExactly("3776", "1224");
    }

    @Test
    void discountsOnlyLinesInScope() {
        CheckoutResult result = CheckoutCalculator.calculate(order("IQD").line("oil", 2).line("rice", 1)
                .with(promo("oils").categories("oils")).input());

        assertThat(result.lines()).extracting(l -> plain(l.discount())).containsExactly("3700", "0");
        assertThat(result.lines()).extracting(l -> plain(l.lineTotal())).containsExactly("33300", "12000");
    }

    private static String describe(CheckoutWarning warning) {
        return warning.code() + (warning.reason() == null ? "" : ":" + warning.reason())
                + (warning.productId() == null ? "" : "@" + warning.productId());
    }

    private static String plain(BigDecimal amount) {
        return amount.toPlainString();
    }

    private static List<String> list(String commaSeparated) {
        return commaSeparated.isEmpty() ? List.of() : Arrays.asList(commaSeparated.split(","));
    }
}
