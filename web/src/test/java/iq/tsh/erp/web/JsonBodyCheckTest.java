package iq.tsh.erp.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The body check alone: which values it refuses, under which name, and that it never expands a number. */
class JsonBodyCheckTest {

    private static UnstorableInputException refusal(String json) {
        return catchThrowableOfType(UnstorableInputException.class,
                () -> JsonBodyCheck.check(json.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"title\":\"a\\u0000b\"}|title",
            "{\"title\":\"\\ud800\"}|title",
            "{\"title\":\"\\udc00\\ud800\"}|title",
            "{\"lines\":[{\"productId\":\"1\"},{\"priceWhenAdded\":1e10000000}]}|lines[1].priceWhenAdded",
            "{\"value\":1e-2147483647}|value",
            "{\"value\":0.1e2147483648}|value",
            "{\"value\":-1e400}|value",
            "{\"value\":1234567890123456}|value",
            "{\"value\":0.0000001}|value",
            "{\"a\":{\"b\":[1,2,{\"c\\u0000\":1}]}}|a.b[2].c",
            "{\"quantity\":1,\"quantity\":2}|quantity",
            "{\"lines\":[{\"q\":1,\"q\":1}]}|lines[0].q",
            "\"\\u0000\"|body",
            "[1e999]|[0]"})
    void refusesWhatCannotBeStoredNamingIt(String json, String field) {
        UnstorableInputException refused = refusal(json);

        assertThat(refused).as(json).isNotNull();
        assertThat(refused.field()).isEqualTo(field);
    }

    @Test
    void refusesDeepNesting() {
        UnstorableInputException refused = refusal("[".repeat(5000) + "]".repeat(5000));

        assertThat(refused).isNotNull();
        assertThat(refused.problem()).contains("nested");
    }

    @Test
    void refusesANumberLongerThanJacksonReads() {
        assertThat(refusal("{\"n\":1" + "0".repeat(2000) + "}")).isNotNull();
    }

    @Test
    void echoesAHostileNameHarmlessly() {
        UnstorableInputException refused = refusal("{\"" + "k".repeat(500) + "\\u0000\":1}");

        assertThat(refused.field()).hasSizeLessThan(110).doesNotContain("\u0000");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"rating\":5,\"title\":\"شكرا 🍵\"}",
            "{\"value\":999999999999999.999999}",
            "{\"value\":-0.000001,\"n\":1e14,\"m\":12.50E-2}",
            "{\"a\":[{\"x\":1},{\"x\":2}],\"b\":{\"x\":3}}",
            "{not json",
            "rating=5",
            "[]"})
    void letsStorableOrUnreadableBodiesThrough(String json) {
        assertThatCode(() -> JsonBodyCheck.check(json.getBytes(StandardCharsets.UTF_8))).doesNotThrowAnyException();
    }

    @Test
    void judgesHugeExponentsWithoutExpandingThem() {
        byte[] body = "{\"a\":1e2147483647,\"b\":1e-2147483647}".getBytes(StandardCharsets.UTF_8);
        // Class loading on a first call is not what is measured (this test may run first in its JVM).
        refusal("{\"a\":1e400}");
        long started = System.nanoTime();

        assertThat(catchThrowableOfType(UnstorableInputException.class, () -> JsonBodyCheck.check(body))).isNotNull();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
    }
}
