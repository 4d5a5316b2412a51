package iq.tsh.erp.api.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class StorableValuesTest {

    @Test
    void acceptsEverydayText() {
        assertThat(StorableValues.textProblem("زيت زيتون 😀 \u202Eabc \u200D")).isNull();
        assertThat(StorableValues.textProblem(null)).isNull();
    }

    @Test
    void refusesNulAndLoneSurrogates() {
        assertThat(StorableValues.textProblem("a\u0000b")).contains("NUL");
        assertThat(StorableValues.textProblem("a\uD800b")).contains("surrogate");
        assertThat(StorableValues.textProblem("a\uDC00")).contains("surrogate");
        assertThat(StorableValues.textProblem("\uD83D")).contains("surrogate");
    }

    @Test
    void acceptsAmountsWithinBounds() {
        assertThat(StorableValues.decimalProblem(new BigDecimal("999999999999999.999999"))).isNull();
        assertThat(StorableValues.decimalProblem(new BigDecimal("-18500.00"))).isNull();
        assertThat(StorableValues.decimalProblem(new BigDecimal("1.500000000"))).isNull();
        assertThat(StorableValues.decimalProblem(new BigDecimal("1E+3"))).isNull();
        assertThat(StorableValues.decimalProblem(new BigDecimal("0.000000000"))).isNull();
    }

    @Test
    void refusesAmountsPastTheBoundsWithoutExpandingThem() {
        assertThat(StorableValues.decimalProblem(new BigDecimal("1000000000000000"))).contains("out of range");
        assertThat(StorableValues.decimalProblem(new BigDecimal("1e10000000"))).contains("out of range");
        assertThat(StorableValues.decimalProblem(new BigDecimal("1e-2147483647"))).contains("exponent");
        assertThat(StorableValues.decimalProblem(new BigDecimal("1e-50"))).contains("decimals");
        assertThat(StorableValues.decimalProblem(new BigDecimal("0.0000001"))).contains("decimals");
        assertThat(StorableValues.decimalProblem(new BigDecimal("1e2147483647"))).contains("out of range");
        assertThat(StorableValues.decimalProblem(new BigDecimal("0E-2147483647"))).contains("exponent");
        assertThat(StorableValues.decimalProblem(new BigDecimal("0E+2147483647"))).contains("exponent");
    }

    @Test
    void printableDropsNulAndReplacesLoneSurrogates() {
        assertThat(StorableValues.printable("a\u0000b\uD800c😀")).isEqualTo("ab\uFFFDc😀");
        assertThat(StorableValues.printable("plain")).isEqualTo("plain");
    }

    @Test
    void printableCutsALongTextWithinItsLengthAndNeverInsideAPair() {
        assertThat(StorableValues.printable("abcdef", 10)).isEqualTo("abcdef");
        assertThat(StorableValues.printable("abcdef", 4)).isEqualTo("abc…").hasSize(4);
        assertThat(StorableValues.printable("ab😀def", 4)).isEqualTo("ab…");
        assertThat(StorableValues.printable(null, 4)).isNull();
    }
}
