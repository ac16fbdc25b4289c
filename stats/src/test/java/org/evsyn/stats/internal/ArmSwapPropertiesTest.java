package org.evsyn.stats.internal;

import org.evsyn.stats.effect.BinaryStudy;
import org.evsyn.stats.effect.ContinuityCorrection;
import org.evsyn.stats.effect.ContinuousStudy;
import org.evsyn.stats.effect.EffectMeasure;

import org.evsyn.stats.ModelOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Seeded checks that exchanging treatment and control negates mean differences and log ratios. */
class ArmSwapPropertiesTest {

    static Stream<Arguments> binaryDatasets() {
        Random rnd = new Random(4242L);
        List<Arguments> out = new ArrayList<>();
        for (int n = 0; n < 40; n++) {
            int k = 2 + rnd.nextInt(15);
            List<BinaryStudy> studies = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                int n1 = 5 + rnd.nextInt(200);
                int n2 = 5 + rnd.nextInt(200);
                double p = 0.02 + 0.4 * rnd.nextDouble();
                studies.add(new BinaryStudy("S" + i, binomial(rnd, n1, p), n1, binomial(rnd, n2, p * 1.3), n2));
            }
            out.add(Arguments.of("k=" + k + " #" + n, studies));
        }
        return out.stream();
    }

    static Stream<Arguments> continuousDatasets() {
        Random rnd = new Random(777L);
        List<Arguments> out = new ArrayList<>();
        for (int n = 0; n < 40; n++) {
            int k = 2 + rnd.nextInt(15);
            List<ContinuousStudy> studies = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                studies.add(new ContinuousStudy("S" + i, 3 + rnd.nextInt(100), 50 + 5 * rnd.nextGaussian(),
                        1 + 10 * rnd.nextDouble(), 3 + rnd.nextInt(100), 50 + 5 * rnd.nextGaussian(),
                        1 + 10 * rnd.nextDouble()));
            }
            out.add(Arguments.of("k=" + k + " #" + n, studies));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("binaryDatasets")
    void swappingArmsNegatesLogRatiosAndRiskDifferences(String name, List<BinaryStudy> studies) {
        List<BinaryStudy> swapped = studies.stream().map(BinaryStudy::swapArms).toList();
        ContinuityCorrection cc = ContinuityCorrection.pooledDefault();
        for (EffectMeasure m : List.of(EffectMeasure.RR, EffectMeasure.OR, EffectMeasure.RD, EffectMeasure.PETO)) {
            EffectSizes a = EffectSizeCalculator.binary(m, studies, cc);
            EffectSizes b = EffectSizeCalculator.binary(m, swapped, cc);
            for (int i = 0; i < a.size(); i++) {
                if (a.isIncluded(i)) {
                    assertThat(b.yi()[i]).as(name + " " + m + " yi").isCloseTo(-a.yi()[i], within(1e-12));
                    assertThat(b.vi()[i]).as(name + " " + m + " vi").isCloseTo(a.vi()[i], within(1e-12));
                }
            }
            if (a.includedCount() > 0) {
                double ea = UnivariateModel.fit(a.includedYi(), a.includedVi(), ModelOptions.defaults()).estimate();
                double eb = UnivariateModel.fit(b.includedYi(), b.includedVi(), ModelOptions.defaults()).estimate();
                assertThat(eb).as(name + " " + m + " pooled").isCloseTo(-ea, within(1e-9));
            }
        }
        for (EffectMeasure m : List.of(EffectMeasure.OR, EffectMeasure.RR, EffectMeasure.RD)) {
            double ea = MantelHaenszel.evaluate(m, studies, cc, 95).estimate();
            double eb = MantelHaenszel.evaluate(m, swapped, cc, 95).estimate();
            if (Double.isFinite(ea)) {
                assertThat(eb).as(name + " MH " + m).isCloseTo(-ea, within(1e-12));
            }
        }
        double pa = PetoMethod.evaluate(studies, cc, 95).estimate();
        if (Double.isFinite(pa)) {
            assertThat(PetoMethod.evaluate(swapped, cc, 95).estimate()).isCloseTo(-pa, within(1e-12));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("continuousDatasets")
    void swappingArmsNegatesMeanDifferences(String name, List<ContinuousStudy> studies) {
        List<ContinuousStudy> swapped = studies.stream().map(ContinuousStudy::swapArms).toList();
        for (EffectMeasure m : List.of(EffectMeasure.MD, EffectMeasure.SMD)) {
            EffectSizes a = EffectSizeCalculator.continuous(m, studies);
            EffectSizes b = EffectSizeCalculator.continuous(m, swapped);
            for (int i = 0; i < a.size(); i++) {
                assertThat(b.yi()[i]).as(name + " " + m).isCloseTo(-a.yi()[i], within(1e-12));
                assertThat(b.vi()[i]).as(name + " " + m).isCloseTo(a.vi()[i], within(1e-12));
            }
            double ea = UnivariateModel.fit(a.yi(), a.vi(), ModelOptions.defaults()).estimate();
            double eb = UnivariateModel.fit(b.yi(), b.vi(), ModelOptions.defaults()).estimate();
            assertThat(eb).as(name + " " + m + " pooled").isCloseTo(-ea, within(1e-9));
        }
    }

    private static int binomial(Random rnd, int n, double p) {
        int x = 0;
        for (int i = 0; i < n; i++) {
            if (rnd.nextDouble() < Math.min(p, 1)) {
                x++;
            }
        }
        return x;
    }
}
