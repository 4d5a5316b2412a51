package iq.tsh.erp.app.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Http.Answer;
import iq.tsh.erp.app.Tokens;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The public calculation is bounded before any work: numbers, lines, quantities and text past their limits are a
 * small, fast 400 naming the field. {@code priceWhenAdded: 1e10000000} used to cost 15 s of CPU and a 10 MB answer.
 */
class CheckoutBoundsTest extends ApplicationTest {

    private static final String CALCULATE = "/api/mobile/checkout/calculate";
    private static final Duration FAST = Duration.ofSeconds(2);

    private Answer calculate(String body) {
        return http().within(FAST).postJson(CALCULATE, body);
    }

    private static void assertSmallProblem(Answer answer, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().length()).isLessThan(2_000);
        assertThat(answer.json().get("field").asText()).isEqualTo(field);
        assertThat(answer.json().get("errors").get(0).get("field").asText()).isEqualTo(field);
    }

    @ParameterizedTest(name = "priceWhenAdded {0}")
    @CsvSource({"1e10000000", "-1e10000000", "1e-2147483647", "0.1e2147483648", "1e400", "1234567890123456",
            "0.0000001"})
    void refusesAPriceBeyondStorableValuesFastAndSmall(String price) {
        long started = System.nanoTime();

        Answer answer = calculate("{\"lines\":[{\"productId\":\"4801000000000000001\",\"quantity\":1,"
                + "\"priceWhenAdded\":" + price + "}]}");

        assertSmallProblem(answer, "lines[0].priceWhenAdded");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(FAST);
    }

    @ParameterizedTest(name = "quantity {0}")
    @CsvSource({"1e10000000", "0", "1000", "-1", "1.5", "1e-2147483647"})
    void refusesQuantitiesOutsideTheCartsRange(String quantity) {
        Answer answer = calculate("{\"lines\":[{\"productId\":\"4801000000000000001\",\"quantity\":" + quantity + "}]}");

        assertSmallProblem(answer, "lines[0].quantity");
    }

    @Test
    void refusesMoreThanAHundredLines() {
        String lines = IntStream.range(0, 101)
                .mapToObj(i -> "{\"productId\":\"p" + i + "\",\"quantity\":1}")
                .collect(Collectors.joining(",", "[", "]"));

        assertSmallProblem(calculate("{\"lines\":" + lines + "}"), "lines");
    }

    @Test
    void refusesOverlongText() {
        String line = "{\"productId\":\"4801000000000000001\",\"quantity\":1}";
        assertSmallProblem(calculate("{\"lines\":[" + line + "],\"promotionCode\":\"" + "C".repeat(101) + "\"}"),
                "promotionCode");
        assertSmallProblem(calculate("{\"lines\":[" + line + "],\"addressId\":\"" + "a".repeat(65) + "\"}"),
                "addressId");
        assertSmallProblem(calculate("{\"lines\":[{\"productId\":\"" + "p".repeat(65) + "\",\"quantity\":1}]}"),
                "lines[0].productId");
        Answer option = calculate("{\"lines\":[" + line + "],\"deliveryOption\":\"" + "x".repeat(100_000) + "\"}");
        assertSmallProblem(option, "deliveryOption");
        Answer page = http().as(Tokens.customer("4801000000000000009")).within(FAST)
                .get("/api/mobile/checkout?promotionCode=" + "C".repeat(101));
        assertSmallProblem(page, "promotionCode");
    }

    @Test
    void refusesATotalQuantityOverAllLinesOfOneProduct() {
        String line = "{\"productId\":\"4801000000000000001\",\"quantity\":999}";

        assertSmallProblem(calculate("{\"lines\":[" + line + "," + line + "]}"), "lines[1].quantity");
    }
}
