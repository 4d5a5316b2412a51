package iq.tsh.erp.bff.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonBodyTest {

    private static JsonBody body(String json) throws Exception {
        return JsonBody.of(new ObjectMapper().readTree(json));
    }

    @Test
    void readsAWholeNumberInRange() throws Exception {
        assertThat(body("{\"quantity\": 3}").requiredInt("quantity", 1, 999)).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "1.5", "\"x\"", "\"2\"", "1000", "true", "99999999999999999999", "null", "1e2"})
    void refusesAnythingElseNamingTheField(String quantity) {
        assertThatThrownBy(() -> body("{\"quantity\": " + quantity + "}").requiredInt("quantity", 1, 999))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("quantity"));
    }

    @Test
    void namesAMissingField() {
        assertThatThrownBy(() -> body("{}").requiredText("productId", 64))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("productId"));
    }

    @Test
    void refusesABodyThatIsNoObject() {
        assertThatThrownBy(() -> JsonBody.of((JsonNode) new ObjectMapper().createArrayNode()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("body"));
    }

    @Test
    void trimsTextAndTakesBlankAsAbsent() throws Exception {
        assertThat(body("{\"line2\": \"  \", \"city\": \" Baghdad \"}").optionalText("line2", 10)).isEmpty();
        assertThat(body("{\"city\": \" Baghdad \"}").requiredText("city", 10)).isEqualTo("Baghdad");
    }

    @Test
    void refusesTextOfTheWrongType() {
        assertThatThrownBy(() -> body("{\"city\": 12}").requiredText("city", 10))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("city"));
        assertThatThrownBy(() -> body("{\"defaultShipping\": \"yes\"}").optionalBoolean("defaultShipping"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("defaultShipping"));
    }
}
