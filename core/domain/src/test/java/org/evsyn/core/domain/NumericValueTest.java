package org.evsyn.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.evsyn.core.domain.NumericValue.Bound;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every number form a registry prints, and what it must become. The posted forms are those found in the
 * ClinicalTrials.gov samples ({@code 7.0}, {@code -0.55}, {@code .33}, {@code <0.001}, {@code =0.247}, {@code NA}).
 */
class NumericValueTest {

    @ParameterizedTest(name = "''{0}'' is {2} {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # posted forms in the ClinicalTrials.gov samples
            7.0          | 7.0       | EXACT
            294          | 294       | EXACT
            -0.55        | -0.55     | EXACT
            .33          | 0.33      | EXACT
            <0.001       | 0.001     | LESS_THAN
            <0.0001      | 0.0001    | LESS_THAN
            =0.247       | 0.247     | EXACT
            NA           | none      | MISSING
            # qualifiers
            <=5          | 5         | LESS_OR_EQUAL
            ≤5           | 5         | LESS_OR_EQUAL
            >=5          | 5         | GREATER_OR_EQUAL
            ≥5           | 5         | GREATER_OR_EQUAL
            >10          | 10        | GREATER_THAN
            1.5e3        | 1500      | EXACT
            +2           | 2         | EXACT
            # well-formed thousands groups
            '1,234,567'  | 1234567   | EXACT
            '1,234.5'    | 1234.5    | EXACT
            '-12,345.25' | -12345.25 | EXACT
            '<1,000.5'   | 1000.5    | LESS_THAN
            # commas that are decimal commas or malformed groups: missing, never a wrong number
            '12,5'       | none      | MISSING
            '-0,2561'    | none      | MISSING
            '1.234,5'    | none      | MISSING
            '1,2,3'      | none      | MISSING
            '0,123'      | none      | MISSING
            '1,23'       | none      | MISSING
            '1234,567'   | none      | MISSING
            '<0,001'     | none      | MISSING
            # one group without a decimal point reads both ways: missing
            '-2,162'     | none      | MISSING
            '2,162'      | none      | MISSING
            # out of range: missing, never infinite or zero
            2.5e400      | none      | MISSING
            -2.5e400     | none      | MISSING
            1e-400       | none      | MISSING
            # other non-numbers
            '1 234'      | none      | MISSING
            −0.5         | none      | MISSING
            NR           | none      | MISSING
            NaN          | none      | MISSING
            Infinity     | none      | MISSING
            0x1A         | none      | MISSING
            1d           | none      | MISSING
            """)
    void everyPrintedFormIsReadOrMissingWithANote(String text, Double expected, Bound bound) {
        NumericValue v = NumericValue.parse(text);
        assertThat(v.raw()).isEqualTo(text);
        assertThat(v.bound()).isEqualTo(bound);
        if (expected == null) {
            assertThat(v.value()).isEmpty();
            assertThat(v.note()).as("a missing value says why").isPresent();
        } else {
            assertThat(v.value()).hasValue(expected);
            assertThat(Double.isFinite(v.value().getAsDouble())).isTrue();
        }
    }

    @ParameterizedTest(name = "count ''{0}'' is {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            '1,234'     | 1234
            '12,345'    | 12345
            '1,234,567' | 1234567
            158         | 158
            '12,5'      | none
            '1.234,5'   | none
            """)
    void aCountReadsASingleThousandsGroupBecauseADecimalCommaWouldNotBeACount(String text, Double expected) {
        NumericValue v = NumericValue.parseCount(text);
        if (expected == null) {
            assertThat(v.value()).isEmpty();
            assertThat(v.note()).isPresent();
        } else {
            assertThat(v.value()).hasValue(expected);
            assertThat(v.isExact()).isTrue();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            '12,5'    | decimal comma
            '-2,162'  | ambiguous
            2.5e400   | too large
            1e-400    | too small
            """)
    void theNoteSaysWhyTheNumberWasNotRead(String text, String why) {
        assertThat(NumericValue.parse(text).note()).hasValueSatisfying(n -> assertThat(n).contains(why));
    }
}
