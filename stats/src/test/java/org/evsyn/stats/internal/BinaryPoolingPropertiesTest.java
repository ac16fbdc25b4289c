package org.evsyn.stats.internal;

import org.evsyn.stats.model.BinaryPooledFit;

import org.evsyn.stats.effect.BinaryStudy;
import org.evsyn.stats.effect.ContinuityCorrection;
import org.evsyn.stats.effect.EffectMeasure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Seeded checks of Mantel–Haenszel and Peto pooling: order invariance and a CI around the estimate. */
class BinaryPoolingPropertiesTest {

    static Stream<Arguments> tables() {
        Random rnd = new Random(99L);
        List<Arguments> out = new ArrayList<>();
        for (int n = 0; n < 40; n++) {
            int k = 2 + rnd.nextInt(20);
            List<BinaryStudy> studies = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                int n1 = 10 + rnd.nextInt(300);
                int n2 = 10 + rnd.nextInt(300);
                studies.add(new BinaryStudy("T" + i, rnd.nextInt(n1 / 3 + 1), n1, rnd.nextInt(n2 / 3 + 1), n2));
            }
            out.add(Arguments.of("k=" + k + " #" + n, studies, rnd.nextLong()));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void pooledEstimateIsInvariantToStudyOrder(String name, List<BinaryStudy> studies, long seed) {
        List<BinaryStudy> shuffled = new ArrayList<>(studies);
        Collections.shuffle(shuffled, new Random(seed));
        ContinuityCorrection cc = ContinuityCorrection.pooledDefault();
        for (EffectMeasure m : List.of(EffectMeasure.OR, EffectMeasure.RR, EffectMeasure.RD)) {
            BinaryPooledFit a = MantelHaenszel.evaluate(m, studies, cc, 95);
            BinaryPooledFit b = MantelHaenszel.evaluate(m, shuffled, cc, 95);
            if (Double.isFinite(a.estimate())) {
                assertThat(b.estimate()).as(name + " MH " + m).isCloseTo(a.estimate(), within(1e-12));
                assertThat(b.se()).as(name + " MH " + m).isCloseTo(a.se(), within(1e-12));
                assertThat(b.q()).as(name + " MH " + m).isCloseTo(a.q(), within(1e-9 * Math.max(1, a.q())));
                assertThat(a.ciLower()).isLessThanOrEqualTo(a.estimate());
                assertThat(a.ciUpper()).isGreaterThanOrEqualTo(a.estimate());
            }
        }
        BinaryPooledFit a = PetoMethod.evaluate(studies, cc, 95);
        BinaryPooledFit b = PetoMethod.evaluate(shuffled, cc, 95);
        if (Double.isFinite(a.estimate())) {
            assertThat(b.estimate()).as(name + " Peto").isCloseTo(a.estimate(), within(1e-12));
            assertThat(b.q()).as(name + " Peto").isCloseTo(a.q(), within(1e-9 * Math.max(1, a.q())));
        }
    }
}
