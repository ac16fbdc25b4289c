package org.evsyn.ingest.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import org.evsyn.core.domain.EffectEstimate;
import org.evsyn.ingest.TestFiles;
import org.junit.jupiter.api.Test;

/** The study-level estimate columns for the generic measure (made-up test numbers). */
class StudyEstimateColumnsTest {

    private static final String HEADER = "trial,outcome,arm,n,effect,effect_se,effect_ci_lower,effect_ci_upper,"
            + "effect_ci_level\n";

    private static ExtractionFixtures.Collected parse(String rows) {
        return ExtractionFixtures.parse(TestFiles.text("estimates.csv", HEADER + rows));
    }

    @Test
    void readsAnEstimateWithItsStandardErrorOrItsIntervalAt95PercentUnlessStated() {
        ExtractionFixtures.Collected c = parse("A,death,cell,120,0.8,,0.6,1.1,\n"
                + "B,death,cell,80,-0.2,0.1,,,\n"
                + "C,death,cell,,1.5,,1.1,2.0,90\n");

        assertThat(c.rejections).isEmpty();
        assertThat(c.study("A").results().get(0).estimate()).contains(new EffectEstimate(0.8, OptionalDouble.empty(),
                OptionalDouble.of(0.6), OptionalDouble.of(1.1), 95));
        assertThat(c.study("B").results().get(0).estimate()).contains(new EffectEstimate(-0.2,
                OptionalDouble.of(0.1), OptionalDouble.empty(), OptionalDouble.empty(), 95));
        assertThat(c.study("C").results().get(0).estimate().orElseThrow().ciLevel()).isEqualTo(90);
    }

    @Test
    void aRowWithNeitherStandardErrorNorIntervalIsRejectedNamingRowAndColumn() {
        ExtractionFixtures.Collected c = parse("A,death,cell,120,0.8,,,,\n");

        assertThat(c.rejections).containsExactly("row 2 (A): column effect_se: expected the estimate's standard "
                + "error, or its confidence interval in effect_ci_lower and effect_ci_upper (neither is given, so the"
                + " estimate cannot be weighted), found ''");
    }

    @Test
    void eachOtherFaultIsRejectedNamingItsColumn() {
        ExtractionFixtures.Collected c = parse("A,death,cell,120,,0.1,,,\n"
                + "B,death,cell,120,0.8,0,,,\n"
                + "C,death,cell,120,0.8,,0.6,,\n"
                + "D,death,cell,120,0.8,,0.9,1.1,\n"
                + "E,death,cell,120,0.8,,0.6,1.1,100\n"
                + "F,death,cell,120,0.8,0.1,,,95\n"
                + "G,death,cell,120,NR,0.1,,,\n");

        assertThat(c.rejections).hasSize(7);
        assertThat(c.rejections.get(0)).startsWith("row 2 (A): column effect: expected the study's estimate");
        assertThat(c.rejections.get(1)).startsWith("row 3 (B): column effect_se: expected a standard error > 0");
        assertThat(c.rejections.get(2)).startsWith("row 4 (C): column effect_ci_upper: expected both bounds");
        assertThat(c.rejections.get(3)).startsWith("row 5 (D): column effect_ci_lower: expected a confidence "
                + "interval that contains the estimate");
        assertThat(c.rejections.get(4)).startsWith("row 6 (E): column effect_ci_level: expected a level in percent");
        assertThat(c.rejections.get(5)).startsWith("row 7 (F): column effect_ci_level: expected empty");
        assertThat(c.rejections.get(6)).startsWith("row 8 (G): column effect:");
    }
}
