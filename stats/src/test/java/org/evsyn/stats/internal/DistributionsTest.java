package org.evsyn.stats.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Quantiles and tail probabilities against published table values. */
class DistributionsTest {

    @Test
    void quantilesMatchStandardTables() {
        assertThat(Distributions.normalQuantile(0.975)).isCloseTo(1.959963984540054, within(1e-13));
        assertThat(Distributions.normalQuantile(0.95)).isCloseTo(1.644853626951472, within(1e-13));
        assertThat(Distributions.tQuantile(0.975, 5)).isCloseTo(2.570582, within(1e-6));
        assertThat(Distributions.tQuantile(0.975, 1)).isCloseTo(Math.tan(0.475 * Math.PI), within(1e-9));
        assertThat(Distributions.chiSquareQuantile(0.975, 12)).isCloseTo(23.33666, within(1e-5));
        assertThat(Distributions.chiSquareQuantile(0.025, 12)).isCloseTo(4.403789, within(1e-6));
        // χ²(2) has the closed form −2·ln(1 − p).
        assertThat(Distributions.chiSquareQuantile(0.3, 2)).isCloseTo(-2 * Math.log(0.7), within(1e-14));
    }

    @Test
    void tailProbabilitiesKeepRelativeAccuracyFarOut() {
        assertThat(Distributions.normalTwoSidedP(1.959963984540054)).isCloseTo(0.05, within(1e-15));
        assertThat(Distributions.chiSquareUpperP(-2 * Math.log(1e-30), 2)).isCloseTo(1e-30, within(1e-42));
        assertThat(Distributions.tTwoSidedP(Math.tan(0.475 * Math.PI), 1)).isCloseTo(0.05, within(1e-12));
        assertThat(Distributions.chiSquareUpperP(0, 3)).isEqualTo(1);
        assertThat(Distributions.normalTwoSidedP(Double.NaN)).isNaN();
    }
}
