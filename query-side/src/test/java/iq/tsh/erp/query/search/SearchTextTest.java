package iq.tsh.erp.query.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void foldsHamzaFormsOfAlefToBareAlef() {
        assertThat(SearchText.normalise("أحمد إبراهيم آمال ٱلله")).isEqualTo("احمد ابراهيم امال الله");
    }

    @Test
    void foldsTaMarbutaAlefMaqsuraAndHamzaSeats() {
        assertThat(SearchText.normalise("مدرسة مستشفى مؤسسة بيئة")).isEqualTo("مدرسه مستشفي موسسه بييه");
    }

    @Test
    void dropsTashkeelAndTatweel() {
        assertThat(SearchText.normalise("زَيْتُ زيـــتون")).isEqualTo("زيت زيتون");
    }

    @Test
    void readsArabicIndicAndPersianDigitsAsLatin() {
        assertThat(SearchText.normalise("كيس ٥٠ كغم ۱۲")).isEqualTo("كيس 50 كغم 12");
    }

    @Test
    void lowersCaseAndSplitsOnPunctuation() {
        assertThat(SearchText.normalise("  OIL-WADI-1L, Al Wadi!  ")).isEqualTo("oil wadi 1l al wadi");
    }

    @Test
    void isEmptyForNothing() {
        assertThat(SearchText.normalise(null)).isEmpty();
        assertThat(SearchText.normalise(" -- ")).isEmpty();
        assertThat(SearchText.words("!!")).isEmpty();
    }

    @Test
    void joinsPartsLeavingOutBlanks() {
        assertThat(SearchText.join("Olive Oil", null, "", "زيت")).isEqualTo("olive oil زيت");
    }

    @Test
    void prefixQueryMatchesEveryWordAsAPrefix() {
        assertThat(SearchText.prefixQuery(List.of("sams", "char"))).isEqualTo("sams:* & char:*");
    }
}
