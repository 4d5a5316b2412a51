package iq.tsh.erp.api.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PriceBookTest {

    @ParameterizedTest
    @CsvSource({
            "WHOLESALE_A, wholesale_a, USD, جملة أ",
            "WHOLESALE_B, wholesale_b, USD, جملة ب",
            "RETAILER, retailer, USD, قطاعي",
            "TECHNICAL_IQD, technical_iqd, IQD, فني - دينار",
            "TECHNICAL_USD, technical_usd, USD, فني - دولار",
            "CONSUMER_IQD, consumer_iqd, IQD, مستهلك - دينار"})
    void knowsTheSixBooksOfTheOldService(PriceBook book, String code, String currency, String arabicName) {
        assertThat(book.code()).isEqualTo(code);
        assertThat(book.currency()).isEqualTo(currency);
        assertThat(book.arabicName()).isEqualTo(arabicName);
    }

    @ParameterizedTest
    @EnumSource(PriceBook.class)
    void matchesEachBookByItsCode(PriceBook book) {
        assertThat(PriceBook.matching(book.code())).contains(book);
    }

    @ParameterizedTest
    @EnumSource(PriceBook.class)
    void matchesEachBookByItsArabicName(PriceBook book) {
        assertThat(PriceBook.matching(book.arabicName())).contains(book);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "WHOLESALE_A|WHOLESALE_A",
            "'  Consumer_IQD '|CONSUMER_IQD",
            "Retailer|RETAILER"})
    void matchesACodeTrimmedInAnyCase(String name, PriceBook book) {
        assertThat(PriceBook.matching(name)).contains(book);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "جملة ا|WHOLESALE_A",
            "جملة إ|WHOLESALE_A",
            "' جملة ب '|WHOLESALE_B",
            "فني-دينار|TECHNICAL_IQD",
            "فني -  دولار|TECHNICAL_USD",
            "مستهلك- دينار|CONSUMER_IQD",
            "\u200Fقطاعي|RETAILER"})
    void toleratesHowPeopleTypeTheArabicName(String name, PriceBook book) {
        assertThat(PriceBook.matching(name)).contains(book);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"جملة - بغداد", "جملة", "VIP Retail USD -8%", "wholesale", "wholesale a",
            "wholesale_c", "consumer iqd", "مستهلك - دولار", "فني دينار"})
    void matchesNoBookForAnyOtherName(String name) {
        assertThat(PriceBook.matching(name)).isEmpty();
    }

    @Test
    void tellsTheTwoWholesaleBooksApart() {
        assertThat(PriceBook.matching("جملة أ")).contains(PriceBook.WHOLESALE_A);
        assertThat(PriceBook.matching("جملة ب")).contains(PriceBook.WHOLESALE_B);
    }
}
