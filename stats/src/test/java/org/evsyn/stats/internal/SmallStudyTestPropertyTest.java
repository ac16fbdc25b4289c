package org.evsyn.stats.internal;

import org.evsyn.stats.bias.BeggResult;
import org.evsyn.stats.bias.EggerResult;
import org.evsyn.stats.bias.FilledStudy;
import org.evsyn.stats.bias.TrimFillResult;

import org.evsyn.stats.ModelOptions;
import org.evsyn.stats.Tau2Method;
import org.evsyn.stats.TestMethod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Seeded properties of Egger's test, Begg's test and trim and fill on random data sets. */
class SmallStudyTestPropertyTest {

    private record Data(double[] yi, double[] vi) {
        static Data random(long seed) {
            Random rnd = new Random(seed);
            int k = 3 + rnd.nextInt(30);
            double[] yi = new double[k];
            double[] vi = new double[k];
            for (int i = 0; i < k; i++) {
                vi[i] = 0.01 + 0.4 * rnd.nextDouble();
                // Small studies get larger effects: some funnel asymmetry.
                yi[i] = 0.1 + 0.8 * Math.sqrt(vi[i]) * rnd.nextDouble() + rnd.nextGaussian() * Math.sqrt(vi[i]);
            }
            return new Data(yi, vi);
        }

        Data permuted(long seed) {
            Random rnd = new Random(seed);
            double[] y = yi.clone();
            double[] v = vi.clone();
            for (int i = y.length - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                double t = y[i];
                y[i] = y[j];
                y[j] = t;
                t = v[i];
                v[i] = v[j];
                v[j] = t;
            }
            return new Data(y, v);
        }

        Data negated() {
            double[] y = new double[yi.length];
            for (int i = 0; i < y.length; i++) {
                y[i] = -yi[i];
            }
            return new Data(y, vi.clone());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void eggerTestDoesNotDependOnStudyOrder(long seed) {
        Data d = Data.random(seed);
        Data p = d.permuted(seed + 100);
        EggerResult a = EggerTest.run(d.yi(), d.vi(), 95);
        EggerResult b = EggerTest.run(p.yi(), p.vi(), 95);
        assertThat(b.stat()).isCloseTo(a.stat(), within(1e-9 * (1 + Math.abs(a.stat()))));
        assertThat(b.bias()).isCloseTo(a.bias(), within(1e-9 * (1 + Math.abs(a.bias()))));
        assertThat(b.limitEstimate()).isCloseTo(a.limitEstimate(), within(1e-9));
        assertThat(b.pval()).isCloseTo(a.pval(), within(1e-9));
        assertThat(b.df()).isEqualTo(d.yi().length - 2);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void beggTestDoesNotDependOnStudyOrderAndFlipsSignWithTheEffects(long seed) {
        Data d = Data.random(seed);
        BeggResult a = BeggTest.run(d.yi(), d.vi());
        BeggResult b = BeggTest.run(d.permuted(seed + 7).yi(), d.permuted(seed + 7).vi());
        BeggResult c = BeggTest.run(d.negated().yi(), d.negated().vi());
        assertThat(b.tau()).isEqualTo(a.tau());
        assertThat(b.pval()).isEqualTo(a.pval());
        assertThat(c.tau()).isCloseTo(-a.tau(), within(1e-12));
        assertThat(c.pval()).isCloseTo(a.pval(), within(1e-12));
        assertThat(a.tau()).isBetween(-1.0, 1.0);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void trimAndFillFillsK0MirroredStudiesOnTheMissingSide(long seed) {
        Data d = Data.random(seed);
        Tau2Method method = seed % 3 == 0 ? Tau2Method.FE : seed % 3 == 1 ? Tau2Method.DL : Tau2Method.REML;
        TrimFillResult r = TrimAndFill.run(d.yi(), d.vi(), new ModelOptions(method, TestMethod.Z, 95));
        assertThat(r.k0()).isGreaterThanOrEqualTo(0).isLessThan(d.yi().length);
        assertThat(r.filled()).hasSize(r.k0());
        assertThat(r.model().k()).isEqualTo(d.yi().length + r.k0());
        assertThat(r.funnel().points()).hasSize(d.yi().length + r.k0());
        for (FilledStudy f : r.filled()) {
            assertThat(d.vi()).contains(f.vi());
        }

        // Negating every effect mirrors the funnel: same k0, opposite side and estimate.
        TrimFillResult m = TrimAndFill.run(d.negated().yi(), d.negated().vi(),
                new ModelOptions(method, TestMethod.Z, 95));
        assertThat(m.k0()).isEqualTo(r.k0());
        assertThat(m.side()).isNotEqualTo(r.side());
        assertThat(m.model().estimate()).isCloseTo(-r.model().estimate(), within(1e-8));
    }
}
