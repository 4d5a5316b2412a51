package iq.tsh.erp.zoho.parse;

import static iq.tsh.erp.zoho.ZohoSamples.errorFields;
import static iq.tsh.erp.zoho.ZohoSamples.errorsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import iq.tsh.erp.zoho.ZohoSamples;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ZohoRecordTest {

    private static ZohoRecord record(String json) {
        return ZohoRecord.root(ZohoSamples.parse(json));
    }

    @Test
    void keepsEveryDigitOfAnIdSentAsString() {
        assertThat(record("{\"item_id\":\"5128640000000001001\"}").id("item_id")).isEqualTo("5128640000000001001");
    }

    @Test
    void keepsEveryDigitOfAnIdSentAsBareNumber() {
        // Through a double, 5128640000000001001 would come back as ...1024.
        ZohoRecord record = record("{\"item_id\":5128640000000001001,\"huge\":98765432109876543210}");

        assertThat(record.id("item_id")).isEqualTo("5128640000000001001");
        assertThat(record.id("huge")).isEqualTo("98765432109876543210");
        assertThat(record.errors().isEmpty()).isTrue();
    }

    @Test
    void readsDecimalsSentAsNumbers() {
        assertThat(record("{\"rate\":18500.125}").decimal("rate")).isEqualByComparingTo("18500.125");
    }

    @Test
    void readsNumbersSentAsStringsWithThousandsSeparators() {
        assertThat(record("{\"rate\":\"18,500.000\"}").decimal("rate")).isEqualByComparingTo("18500");
    }

    @Test
    void readsAPercentageAsItsNumber() {
        assertThat(record("{\"discount\":\"5%\"}").decimal("discount")).isEqualByComparingTo("5");
    }

    @Test
    void readsBlankAndNullNumbersAsAbsentWithoutError() {
        ZohoRecord record = record("{\"reorder_level\":\"\",\"available_stock\":null}");

        assertThat(record.decimal("reorder_level")).isNull();
        assertThat(record.decimal("available_stock")).isNull();
        assertThat(record.decimal("missing")).isNull();
        assertThat(record.errors().isEmpty()).isTrue();
    }

    @Test
    void reportsANonNumberStringAtItsPathInANestedRecord() {
        ZohoRecord adjustment = record("""
                {"line_items":[{"quantity_adjusted":-3},{"quantity_adjusted":"1"},{"quantity_adjusted":"three"}]}""");

        List<BigDecimal> quantities = adjustment.objects("line_items").stream()
                .map(line -> line.decimal("quantity_adjusted")).toList();

        assertThat(quantities).containsExactly(new BigDecimal("-3"), BigDecimal.ONE, null);
        assertThat(errorFields(adjustment)).containsExactly("line_items[2].quantity_adjusted");
    }

    @Test
    void reportsAnObjectWhereANumberBelongs() {
        ZohoRecord record = record("{\"rate\":{\"value\":18500}}");

        assertThat(record.decimal("rate")).isNull();
        assertThat(errorFields(record)).containsExactly("rate");
    }

    @Test
    void keepsTheErrorMessageShortForAHugeValue() {
        // A 1 MB string must not end up whole in the 422 answer and the logs.
        ZohoRecord record = record("{\"rate\":\"" + "9x".repeat(500_000) + "\"}");

        record.decimal("rate");

        assertThat(errorsOf(record)).singleElement()
                .satisfies(error -> assertThat(error.message()).hasSizeLessThan(100));
    }

    @ParameterizedTest
    @CsvSource({
            "2025-05-06T12:44:26+0530, 2025-05-06T07:14:26Z",
            "2025-03-02T09:14:55+0300, 2025-03-02T06:14:55Z",
            "2025-03-02T06:14:55Z,     2025-03-02T06:14:55Z",
            "2025-03-02T09:14:55+03:00, 2025-03-02T06:14:55Z",
            "2025-03-02T09:14:55.250+0300, 2025-03-02T06:14:55.250Z",
            // Without an offset the time is Baghdad's.
            "2025-03-02 09:14:55,      2025-03-02T06:14:55Z",
            "2025-03-02,               2025-03-01T21:00:00Z"})
    void readsZohoTimeForms(String text, Instant expected) {
        ZohoRecord record = record("{\"last_modified_time\":\"" + text + "\"}");

        assertThat(record.instant("last_modified_time")).isEqualTo(expected);
        assertThat(record.errors().isEmpty()).isTrue();
    }

    @Test
    void readsATimeSentAsEpochMilliseconds() {
        assertThat(record("{\"last_modified_time\":1740896095000}").instant("last_modified_time"))
                .isEqualTo(Instant.parse("2025-03-02T06:14:55Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "02/03/2025 09:14", "2025-03-02T25:61:00+0300", "2025-03-02 garbage"})
    void reportsAnUnreadableTime(String text) {
        // A valid date followed by garbage must not pass as that day's midnight: it would corrupt stale detection.
        ZohoRecord record = record("{\"last_modified_time\":\"" + text + "\"}");

        assertThat(record.instant("last_modified_time")).isNull();
        assertThat(errorFields(record)).containsExactly("last_modified_time");
    }

    @Test
    void reportsObjectsOfANonArray() {
        ZohoRecord item = record("{\"locations\":{\"location_id\":\"5128640000000038080\"}}");

        assertThat(item.objects("locations")).isEmpty();
        assertThat(errorFields(item)).containsExactly("locations");
    }

    @Test
    void reportsAnArrayElementThatIsNotAnObject() {
        ZohoRecord adjustment = record("{\"line_items\":[{\"item_id\":\"1\"},42]}");

        assertThat(adjustment.objects("line_items")).hasSize(1);
        assertThat(errorFields(adjustment)).containsExactly("line_items[1]");
    }

    @Test
    void readsAnAbsentArrayAsEmpty() {
        ZohoRecord item = record("{}");

        assertThat(item.objects("locations")).isEmpty();
        assertThat(item.errors().isEmpty()).isTrue();
    }

    @Test
    void reportsMissingRequiredIdAndText() {
        ZohoRecord item = record("{\"name\":\"  \"}");

        assertThat(item.requiredId("item_id")).isNull();
        assertThat(item.requiredText("name")).isNull();
        assertThat(errorsOf(item)).containsExactly(
                new FieldError("item_id", "is required"),
                new FieldError("name", "is required"));
    }

    @Test
    void reportsAWrongKindOfIdOnlyOnce() {
        ZohoRecord item = record("{\"item_id\":{\"id\":\"1\"}}");

        assertThat(item.requiredId("item_id")).isNull();
        assertThat(errorFields(item)).containsExactly("item_id");
    }

    @Test
    void throwsOneExceptionListingEveryError() {
        ZohoRecord item = record("{\"rate\":\"cheap\",\"locations\":7,\"line_items\":[{\"item_id\":true}]}");
        item.requiredId("item_id");
        item.decimal("rate");
        item.objects("locations");
        item.objects("line_items").forEach(line -> line.id("item_id"));

        assertThatThrownBy(() -> item.errors().throwIfAny())
                .isInstanceOfSatisfying(UnusableRecordException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("item_id", "rate", "locations", "line_items[0].item_id"))
                .hasMessageStartingWith("4 unusable field(s)");
    }

    @Test
    void throwsNothingForAUsableRecord() {
        ZohoRecord item = record("{\"item_id\":\"5128640000000001001\",\"name\":\"Oil\"}");
        item.requiredId("item_id");
        item.requiredText("name");

        assertThatCode(() -> item.errors().throwIfAny()).doesNotThrowAnyException();
    }

    @Test
    void keepsHostileButStorableTextVerbatim() {
        ZohoRecord contact = record("{\"contact_name\":\"\\u202eشركة\\u202c 🛒 Tigris\\u200d\"}");

        assertThat(contact.text("contact_name")).isEqualTo("\u202eشركة\u202c 🛒 Tigris\u200d");
        assertThat(contact.errors().isEmpty()).isTrue();
    }

    @Test
    void refusesTextNoDatabaseCanStoreAtItsField() {
        // Repairing it would store a name Zoho never sent; refusing names the field so Zoho's data gets fixed.
        ZohoRecord contact = record("{\"contact_name\":\"Tigris \\u0000\",\"notes\":\"x \\ud800 y\","
                + "\"contact_id\":\"51\\udc00\"}");

        assertThat(contact.text("contact_name")).isNull();
        assertThat(contact.text("notes")).isNull();
        assertThat(contact.id("contact_id")).isNull();
        assertThat(errorFields(contact)).containsExactly("contact_name", "notes", "contact_id");
    }

    @Test
    void refusesDecimalsOutsideTheStorableBoundsAtTheirField() {
        ZohoRecord item = record("{\"rate\":1e-2147483647,\"purchase_rate\":\"1e-2147483648\","
                + "\"stock_on_hand\":1234567890123456,\"reorder_level\":0.0000001,\"sku\":\"" + "9".repeat(200) + "\"}");

        assertThat(item.decimal("rate")).isNull();
        assertThat(item.decimal("purchase_rate")).isNull();
        assertThat(item.decimal("stock_on_hand")).isNull();
        assertThat(item.decimal("reorder_level")).isNull();
        assertThat(item.decimal("sku")).isNull();
        assertThat(errorFields(item)).containsExactly("rate", "purchase_rate", "stock_on_hand", "reorder_level", "sku");
    }

    @Test
    void bringsStorableDecimalsToAPlainScale() {
        ZohoRecord item = record("{\"rate\":\"0e-9\",\"purchase_rate\":\"1.50000000\","
                + "\"stock_on_hand\":999999999999999.999999}");

        assertThat(item.decimal("rate")).isEqualByComparingTo("0").extracting(BigDecimal::scale).isEqualTo(0);
        assertThat(item.decimal("purchase_rate")).isEqualTo(new BigDecimal("1.500000"));
        assertThat(item.decimal("stock_on_hand")).isEqualTo(new BigDecimal("999999999999999.999999"));
        assertThat(item.errors().isEmpty()).isTrue();
    }

    @Test
    void refusesAZeroWrittenWithAWildExponent() {
        ZohoRecord item = record("{\"rate\":\"0e-2147483647\"}");

        assertThat(item.decimal("rate")).isNull();
        assertThat(item.errors().isEmpty()).isFalse();
    }

    @Test
    void refusesValuesNoRecordCanMean() {
        // Accepted once, such values would fail every projection of the record, again and again.
        ZohoRecord item = record("{\"last_modified_time\":4807104659019000000,\"rate\":1e400,"
                + "\"created_time\":\"9999-01-01T00:00:00+0300\",\"item_id\":\"" + "9".repeat(65) + "\"}");

        assertThat(item.instant("last_modified_time")).isNull();
        assertThat(item.decimal("rate")).isNull();
        assertThat(item.instant("created_time")).isNull();
        assertThat(item.id("item_id")).isNull();
        assertThat(errorFields(item)).containsExactlyInAnyOrder("last_modified_time", "rate", "created_time", "item_id");
    }
}
