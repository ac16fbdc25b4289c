package org.evsyn.reporting;

import org.evsyn.reporting.format.Numbers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumbersTest {

    @Test
    void pValuesAreWrittenInJournalStyle() {
        assertThat(Numbers.p(0.0271)).isEqualTo("P = 0.03");
        assertThat(Numbers.p(7.05e-5)).isEqualTo("P < 0.001");
        assertThat(Numbers.p(0.0043)).isEqualTo("P = 0.004");
        assertThat(Numbers.p(0.0496)).isEqualTo("P = 0.050");
        assertThat(Numbers.p(0.24)).isEqualTo("P = 0.24");
    }

    @Test
    void weightsHaveOneDecimalAndISquaredIsAnIntegerPercent() {
        assertThat(Numbers.weight(5.05948)).isEqualTo("5.1%");
        assertThat(Numbers.percentInteger(92.2213845212761)).isEqualTo("92%");
    }

    @Test
    void smallNegativeNumbersNeverPrintAsMinusZero() {
        assertThat(Numbers.two(-0.001)).isEqualTo("0.00");
        assertThat(Numbers.two(-0.27)).isEqualTo("-0.27");
    }

    @Test
    void anUndefinedISquaredIsNotApplicable() {
        assertThat(Numbers.i2(Double.NaN)).isEqualTo("not applicable");
        assertThat(Numbers.i2Statement(Double.NaN)).isEqualTo("I\u00B2 not applicable");
        assertThat(Numbers.i2Statement(92.2)).isEqualTo("I\u00B2 = 92%");
    }
}
