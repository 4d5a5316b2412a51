package iq.tsh.erp.zoho.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class QueryParametersTest {

    @Test
    void readsNamesAndValuesInOrder() {
        assertThat(QueryParameters.parse("event=item.created&source=zoho"))
                .containsExactly(entry("event", "item.created"), entry("source", "zoho"));
    }

    @Test
    void decodesPlusAndPercent20AsSpaces() {
        assertThat(QueryParameters.parse("note=stock+take&where=main%20store"))
                .containsExactly(entry("note", "stock take"), entry("where", "main store"));
    }

    @Test
    void decodesPercentEncodedUtf8() {
        assertThat(QueryParameters.parse("city=%D8%A8%D8%BA%D8%AF%D8%A7%D8%AF")).containsEntry("city", "بغداد");
    }

    @Test
    void keepsTheFirstOfRepeatedNames() {
        // A second event= appended to the URL must not override the one the webhook was configured with.
        assertThat(QueryParameters.parse("event=created&event=deleted")).containsExactly(entry("event", "created"));
    }

    @Test
    void readsANameWithoutValueAsEmptyAndSkipsEmptyPairs() {
        assertThat(QueryParameters.parse("flag&&event=created"))
                .containsExactly(entry("flag", ""), entry("event", "created"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void readsNoQueryStringAsNoParameters(String queryString) {
        assertThat(QueryParameters.parse(queryString)).isEmpty();
    }

    @Test
    void refusesBrokenEncodingWith400() {
        assertThatThrownBy(() -> QueryParameters.parse("event=%zz"))
                .isInstanceOfSatisfying(BadDeliveryException.class, e -> assertThat(e.status()).isEqualTo(400));
    }
}
