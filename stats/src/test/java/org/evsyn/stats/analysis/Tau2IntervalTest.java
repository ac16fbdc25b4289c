package org.evsyn.stats.analysis;

import org.evsyn.stats.internal.QProfile;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The remembered χ² quantiles are those of each (level, degrees of freedom): never another pair's. */
class Tau2IntervalTest {

    @Test
    void interleavedLevelsAndSizesGetTheIntervalComputedAfresh() {
        Tau2Interval memo = new Tau2Interval();
        Random random = new Random(7);
        double[] levels = {95, 90, 95.0000001, 99, 80};
        for (int round = 0; round < 3; round++) {
            for (int k = 2; k <= 12; k++) {
                for (double level : levels) {
                    double[] yi = new double[k];
                    double[] vi = new double[k];
                    for (int i = 0; i < k; i++) {
                        yi[i] = random.nextGaussian() * 2;
                        vi[i] = 0.05 + random.nextDouble();
                    }
                    assertThat(memo.of(yi, vi, level)).isEqualTo(QProfile.confidenceInterval(yi, vi, level));
                }
            }
        }
    }
}
