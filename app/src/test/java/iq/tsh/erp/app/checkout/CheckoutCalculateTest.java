package iq.tsh.erp.app.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Http.Answer;
import iq.tsh.erp.app.Tokens;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Checkout totals over HTTP with products fed through the Zoho webhook and promotions created by ops. Every
 * promotion here is scoped to this test's own products or categories, so other tests' orders never meet them.
 */
class CheckoutCalculateTest extends ApplicationTest {

    private static final String CALCULATE = "/api/mobile/checkout/calculate";

    private Answer calculate(String body) {
        Answer answer = http().postJson(CALCULATE, body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer;
    }

    private static String lines(String... productAndQuantity) {
        return IntStream.range(0, productAndQuantity.length / 2)
                .mapToObj(i -> "{\"productId\":\"" + productAndQuantity[2 * i] + "\",\"quantity\":"
                        + productAndQuantity[2 * i + 1] + "}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static JsonNode line(JsonNode result, String productId) {
        for (JsonNode line : result.get("lines")) {
            if (line.get("productId").asText().equals(productId)) {
                return line;
            }
        }
        throw new AssertionError("no line " + productId + " in " + result);
    }

    private static List<String> warnings(JsonNode result) {
        return result.get("warnings").findValuesAsText("code");
    }

    @Test
    void percentageScopedToCategoryDiscountsOnlyItsLines() {
        Storefront store = new Storefront(http());
        String oils = Storefront.newId();
        String oil = Storefront.newId();
        String rice = Storefront.newId();
        store.product(oil, oils, 18500, 50);
        store.product(rice, Storefront.newId(), 12000, 50);
        String promotion = store.promotion("""
                {"name":"Oils week","nameAr":"أسبوع الزيوت","type":"percentage","value":10,
                 "scope":"categories","categoryIds":["%s"]}""".formatted(oils));

        JsonNode result = calculate("{\"lines\":" + lines(oil, "2", rice, "1") + ",\"deliveryOption\":\"express\"}").json();

        assertThat(result.get("currency").asText()).isEqualTo("IQD");
        assertThat(result.get("subtotal").decimalValue()).isEqualByComparingTo("49000");
        assertThat(line(result, oil).get("unitPrice").decimalValue()).isEqualByComparingTo("18500");
        assertThat(line(result, oil).get("discount").decimalValue()).isEqualByComparingTo("3700");
        assertThat(line(result, oil).get("lineTotal").decimalValue()).isEqualByComparingTo("33300");
        assertThat(line(result, rice).get("discount").decimalValue()).isEqualByComparingTo("0");
        assertThat(result.get("discount").decimalValue()).isEqualByComparingTo("3700");
        assertThat(result.get("deliveryFee").decimalValue()).isEqualByComparingTo("10000");
        assertThat(result.get("tax").decimalValue()).isEqualByComparingTo("0");
        assertThat(result.get("total").decimalValue()).isEqualByComparingTo("55300");
        JsonNode applied = result.get("appliedPromotions");
        assertThat(applied).hasSize(1);
        assertThat(applied.get(0).get("id").asText()).isEqualTo(promotion);
        assertThat(applied.get(0).get("type").asText()).isEqualTo("percentage");
        assertThat(applied.get(0).get("discount").decimalValue()).isEqualByComparingTo("3700");
        assertThat(warnings(result)).isEmpty();

        JsonNode arabic = http().as(Tokens.customer("4802000000000000010"))
                .postJson(CALCULATE, "{\"lines\":" + lines(oil, "1") + "}", "Accept-Language", "ar").json();
        assertThat(arabic.get("appliedPromotions").get(0).get("name").asText()).isEqualTo("أسبوع الزيوت");
        assertThat(arabic.get("deliveryFee").decimalValue()).isEqualByComparingTo("5000");
    }

    @Test
    void codePromotionAppliesOnlyWithItsCodeAndStopsWhenEnded() {
        Storefront store = new Storefront(http());
        String tea = Storefront.newId();
        store.product(tea, Storefront.newId(), 10000, 20);
        String code = "TEA" + tea.substring(10);
        String promotion = store.promotion("""
                {"name":"Tea code","code":"%s","type":"fixed_amount","value":2500,"currency":"IQD",
                 "scope":"products","productIds":["%s"]}""".formatted(code, tea));
        String order = "{\"lines\":" + lines(tea, "2") + ",\"deliveryOption\":\"pickup\"";

        JsonNode withoutCode = calculate(order + "}").json();
        assertThat(withoutCode.get("discount").decimalValue()).isEqualByComparingTo("0");
        assertThat(withoutCode.get("appliedPromotions")).isEmpty();

        JsonNode withCode = calculate(order + ",\"promotionCode\":\"" + code.toLowerCase() + "\"}").json();
        assertThat(withCode.get("discount").decimalValue()).isEqualByComparingTo("2500");
        assertThat(withCode.get("total").decimalValue()).isEqualByComparingTo("17500");
        assertThat(withCode.get("appliedPromotions").get(0).get("code").asText()).isEqualTo(code);

        JsonNode unknownCode = calculate(order + ",\"promotionCode\":\"NO-SUCH-CODE\"}").json();
        assertThat(unknownCode.get("discount").decimalValue()).isEqualByComparingTo("0");
        assertThat(unknownCode.get("warnings").get(0).get("code").asText()).isEqualTo("PROMOTION_NOT_APPLICABLE");
        assertThat(unknownCode.get("warnings").get(0).get("reason").asText()).isEqualTo("UNKNOWN_CODE");

        assertThat(http().as(Tokens.ops()).postJson("/api/admin/promotions/" + promotion + "/end", "").status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                calculate(order + ",\"promotionCode\":\"" + code + "\"}").json().get("discount").decimalValue().signum() == 0);
        JsonNode afterEnd = calculate(order + ",\"promotionCode\":\"" + code + "\"}").json();
        assertThat(afterEnd.get("appliedPromotions")).isEmpty();
        assertThat(afterEnd.get("warnings").get(0).get("reason").asText()).isEqualTo("EXPIRED");
    }

    @Test
    void automaticPromotionStopsApplyingOnceEnded() {
        Storefront store = new Storefront(http());
        String soap = Storefront.newId();
        store.product(soap, Storefront.newId(), 3000, 20);
        String promotion = store.promotion("""
                {"name":"Buy two soaps get one","type":"buy_x_get_y","buyQuantity":2,"getQuantity":1,
                 "scope":"products","productIds":["%s"]}""".formatted(soap));
        String order = "{\"lines\":" + lines(soap, "3") + ",\"deliveryOption\":\"pickup\"}";
        assertThat(calculate(order).json().get("discount").decimalValue()).isEqualByComparingTo("3000");

        http().as(Tokens.ops()).postJson("/api/admin/promotions/" + promotion + "/end", "");

        await().atMost(Duration.ofSeconds(20)).until(() ->
                calculate(order).json().get("discount").decimalValue().signum() == 0);
        assertThat(calculate(order).json().get("total").decimalValue()).isEqualByComparingTo("9000");
    }

    @Test
    void warnsAboutStockUnknownProductsAndChangedPrices() {
        Storefront store = new Storefront(http());
        String gone = Storefront.newId();
        String few = Storefront.newId();
        String unknown = Storefront.newId();
        store.product(gone, Storefront.newId(), 5000, 0);
        store.product(few, Storefront.newId(), 7000, 2);

        JsonNode result = calculate("""
                {"lines":[{"productId":"%s","quantity":1},{"productId":"%s","quantity":5,"priceWhenAdded":6500},
                          {"productId":"%s","quantity":1},{"productId":"%s","quantity":1}],"deliveryOption":"pickup"}"""
                .formatted(gone, few, unknown, few)).json();

        assertThat(result.get("lines")).hasSize(2);
        assertThat(line(result, few).get("quantity").asInt()).isEqualTo(6);
        assertThat(result.get("subtotal").decimalValue()).isEqualByComparingTo("47000");
        assertThat(result.get("total").decimalValue()).isEqualByComparingTo("47000");
        assertThat(result.get("warnings")).anySatisfy(w -> {
            assertThat(w.get("code").asText()).isEqualTo("OUT_OF_STOCK");
            assertThat(w.get("productId").asText()).isEqualTo(gone);
        });
        assertThat(result.get("warnings")).anySatisfy(w -> {
            assertThat(w.get("code").asText()).isEqualTo("QUANTITY_ABOVE_STOCK");
            assertThat(w.get("productId").asText()).isEqualTo(few);
        });
        assertThat(result.get("warnings")).anySatisfy(w -> {
            assertThat(w.get("code").asText()).isEqualTo("PRICE_CHANGED");
            assertThat(w.get("productId").asText()).isEqualTo(few);
        });
        assertThat(result.get("warnings")).anySatisfy(w -> {
            assertThat(w.get("code").asText()).isEqualTo("PRODUCT_UNAVAILABLE");
            assertThat(w.get("productId").asText()).isEqualTo(unknown);
            assertThat(w.get("message").asText()).isNotBlank();
        });
    }

    @ParameterizedTest(name = "{0} -> 400 on {1}")
    @CsvSource(delimiter = '|', value = {
            "{}|lines",
            "{\"lines\":[]}|lines",
            "{\"lines\":[{\"quantity\":1}]}|lines[0].productId",
            "{\"lines\":[{\"productId\":\"4801\"}]}|lines[0].quantity",
            "{\"lines\":[{\"productId\":\"4801\",\"quantity\":0}]}|lines[0].quantity",
            "{\"lines\":[{\"productId\":\"4801\",\"quantity\":-2}]}|lines[0].quantity",
            "{\"lines\":[{\"productId\":\"4801\",\"quantity\":2.5}]}|lines[0].quantity",
            "{\"lines\":[{\"productId\":\"4801\",\"quantity\":1000}]}|lines[0].quantity",
            "{\"lines\":[{\"productId\":\"4801\",\"quantity\":600},{\"productId\":\"4801\",\"quantity\":600}]}|lines[1].quantity",
            "{\"lines\":[{\"productId\":\"4801\",\"quantity\":\"many\"}]}|lines[0].quantity",
            "{\"lines\":[{\"productId\":\"4801\",\"quantity\":1}],\"deliveryOption\":\"drone\"}|deliveryOption",
            "{\"lines\":\"all of them\"}|lines",
            "{\"lines\":[{\"productId\":\"4801\",\"quantity\":1}|body",
            "not json|body"})
    void refusesBadInputNamingTheField(String body, String field) {
        Answer answer = http().postJson(CALCULATE, body);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("field").asText()).isEqualTo(field);
    }

    @Test
    void refusesMoreThanHundredLines() {
        String many = IntStream.range(0, 101).mapToObj(i -> "{\"productId\":\"4801" + i + "\",\"quantity\":1}")
                .collect(Collectors.joining(",", "{\"lines\":[", "]}"));

        Answer answer = http().postJson(CALCULATE, many);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("field").asText()).isEqualTo("lines");
    }
}
