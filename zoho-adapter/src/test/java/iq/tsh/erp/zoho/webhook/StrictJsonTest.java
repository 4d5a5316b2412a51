package iq.tsh.erp.zoho.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import iq.tsh.erp.zoho.parse.FieldError;
import iq.tsh.erp.zoho.parse.UnusableRecordException;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    @Test
    void namesANumberThatCannotBeReadByItsZohoPath() {
        assertThatThrownBy(() -> StrictJson.read("{\"item\":{\"line_items\":[{},{\"quantity\":0.1e2147483648}]}}", "item"))
                .isInstanceOfSatisfying(UnusableRecordException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("line_items[1].quantity"));
    }

    @Test
    void namesADuplicateKey() {
        assertThatThrownBy(() -> StrictJson.read("{\"item\":{\"a\":{\"rate\":1,\"rate\":1}}}", "item"))
                .isInstanceOfSatisfying(BadDeliveryException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("a.rate");
                });
    }

    @Test
    void aStructuralErrorAfterANumberIsMalformedJsonNotANumberProblem() {
        assertThatThrownBy(() -> StrictJson.read("{\"item\":{\"rate\":1 2}}", "item"))
                .isInstanceOfSatisfying(BadDeliveryException.class, e -> {
                    assertThat(e.title()).isEqualTo("Malformed JSON");
                    assertThat(e.errors()).isEmpty();
                });
    }

    @Test
    void nestingPastTheParsersLimitIsABadRequest() {
        assertThatThrownBy(() -> StrictJson.read("[".repeat(5000) + "]".repeat(5000), "item"))
                .isInstanceOfSatisfying(BadDeliveryException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void trailingContentIsMalformed() {
        assertThatThrownBy(() -> StrictJson.read("{\"item\":{}} {}", "item"))
                .isInstanceOfSatisfying(BadDeliveryException.class, e -> assertThat(e.status()).isEqualTo(400));
    }
}
