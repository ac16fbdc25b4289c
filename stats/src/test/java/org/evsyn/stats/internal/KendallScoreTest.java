package org.evsyn.stats.internal;

import org.evsyn.stats.bias.BeggResult;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Kendall's score by the O(n log n) algorithm against the definition (all pairs), with and without ties. */
class KendallScoreTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void scoreEqualsTheSumOverAllPairs(long seed) {
        Random rnd = new Random(seed);
        int n = 2 + rnd.nextInt(200);
        double[] x = new double[n];
        double[] y = new double[n];
        boolean ties = seed % 2 == 0;
        for (int i = 0; i < n; i++) {
            x[i] = ties ? rnd.nextInt(8) : rnd.nextGaussian();
            y[i] = ties ? rnd.nextInt(5) - 2 : rnd.nextGaussian();
        }
        long naive = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                naive += (long) (Math.signum(x[i] - x[j]) * Math.signum(y[i] - y[j]));
            }
        }
        assertThat(KendallCorrelation.score(x, y)).isEqualTo(naive);
    }

    @Test
    void largeSamplesUseTheNormalApproximationQuickly() {
        Random rnd = new Random(3);
        int n = 100_000;
        double[] y = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = 0.01 + rnd.nextDouble();
            y[i] = rnd.nextGaussian() * Math.sqrt(v[i]);
        }
        long start = System.nanoTime();
        BeggResult r = BeggTest.run(y, v);
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(10);
        assertThat(r.exact()).isFalse();
        assertThat(Math.abs(r.tau())).isLessThan(0.02);
    }
}
