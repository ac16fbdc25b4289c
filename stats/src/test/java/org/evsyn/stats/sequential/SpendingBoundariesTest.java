package org.evsyn.stats.sequential;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Lan–DeMets O'Brien–Fleming-type boundaries against the reference rows of the oracles for methods beyond pairwise
 * meta-analysis (trial sequential analysis section; values recomputed by numerical integration, the RTSA vignette for
 * the third row), to 4 decimals.
 */
class SpendingBoundariesTest {

    private static double[] efficacy(SpendingBoundaries b) {
        return b.looks().stream().mapToDouble(Boundary::efficacy).toArray();
    }

    @Test
    void fiveEquallySpacedLooksTwoSidedMatchTheReferenceTo4Decimals() {
        SpendingBoundaries b = TrialSequential.boundaries(List.of(0.2, 0.4, 0.6, 0.8, 1.0), 0.05, 2);
        double[] expected = {4.8769, 3.3570, 2.6803, 2.2898, 2.0310};
        double[] z = efficacy(b);
        for (int k = 0; k < expected.length; k++) {
            assertThat(z[k]).as("look %d", k + 1).isCloseTo(expected[k], within(0.00005));
        }
    }

    @Test
    void spendingTheWholeAlphaAsTheTwoSidedTotalIsNotWhatComesOut() {
        // The common mistake gives 4.3826, 3.0997, 2.5534, 2.2538, 2.0635.
        double[] z = efficacy(TrialSequential.boundaries(List.of(0.2, 0.4, 0.6, 0.8, 1.0), 0.05, 2));
        assertThat(Math.abs(z[0] - 4.3826)).isGreaterThan(0.1);
        assertThat(Math.abs(z[4] - 2.0635)).isGreaterThan(0.01);
    }

    @Test
    void fourEquallySpacedLooksOneSidedMatchTheReferenceTo4Decimals() {
        double[] z = efficacy(TrialSequential.boundaries(List.of(0.25, 0.5, 0.75, 1.0), 0.05, 1));
        double[] expected = {3.7496, 2.5399, 2.0161, 1.7202};
        for (int k = 0; k < expected.length; k++) {
            assertThat(z[k]).as("look %d", k + 1).isCloseTo(expected[k], within(0.00005));
        }
    }

    @Test
    void unequalLooksOneSidedMatchTheRtsaVignette() {
        double[] z = efficacy(TrialSequential.boundaries(List.of(0.5, 0.75, 1.0), 0.025, 1));
        double[] expected = {2.963, 2.359, 2.014};
        for (int k = 0; k < expected.length; k++) {
            assertThat(z[k]).as("look %d", k + 1).isCloseTo(expected[k], within(0.0005));
        }
    }

    @Test
    void theAlphaSpentIsTheSpendingFunctionAndTheTotalAtTheEnd() {
        SpendingBoundaries b = TrialSequential.boundaries(List.of(0.5, 1.0), 0.05, 2);
        assertThat(b.looks().get(1).alphaSpent()).isCloseTo(0.05, within(1e-12));
        // 2 × (2 − 2Φ(z_0.9875 / √0.5)) = 0.0030506455 in R (two sides together)
        assertThat(b.looks().get(0).alphaSpent()).isCloseTo(0.0030506455, within(1e-9));
    }

    @Test
    void futilityBoundariesRiseTowardTheEfficacyBoundaryAndNeverPassIt() {
        SpendingBoundaries b = TrialSequential.boundaries(List.of(0.2, 0.4, 0.6, 0.8, 1.0), 0.05, 2, 0.8);
        double previous = Double.NEGATIVE_INFINITY;
        for (Boundary look : b.looks()) {
            assertThat(look.futility()).isGreaterThan(previous).isLessThanOrEqualTo(look.efficacy());
            previous = look.futility();
        }
        assertThat(b.looks().get(4).betaSpent()).isCloseTo(0.2, within(1e-12));
    }

    /**
     * Independent check by R's mvtnorm (pmvnorm on the joint normal of Z at 0.3, 0.6, 1; boundaries by uniroot): the
     * efficacy boundaries 3.9285725, 2.6699720, 1.9810245 and the futility boundaries -0.53404124, 0.84304442,
     * 1.86050724 under the drift z_0.975 + z_0.8 (script in docs/statistics.md, trial sequential analysis section).
     */
    @Test
    void futilityBoundariesMatchAnIndependentMultivariateNormalComputation() {
        SpendingBoundaries b = TrialSequential.boundaries(List.of(0.3, 0.6, 1.0), 0.05, 2, 0.8);
        double[] efficacy = {3.9285725, 2.6699720, 1.9810245};
        double[] futility = {-0.53404124, 0.84304442, 1.86050724};
        for (int k = 0; k < 3; k++) {
            assertThat(b.looks().get(k).efficacy()).as("efficacy %d", k + 1).isCloseTo(efficacy[k], within(0.00005));
            assertThat(b.looks().get(k).futility()).as("futility %d", k + 1).isCloseTo(futility[k], within(0.00005));
        }
    }

    @Test
    void fractionsMustIncreaseWithinZeroToOne() {
        assertThatThrownBy(() -> TrialSequential.boundaries(List.of(0.5, 0.4), 0.05, 2))
                .hasMessageContaining("fraction 2 is 0.4");
        assertThatThrownBy(() -> TrialSequential.boundaries(List.of(1.2), 0.05, 2))
                .hasMessageContaining("within (0, 1]");
        assertThatThrownBy(() -> TrialSequential.boundaries(List.of(0.5), 0.05, 3))
                .hasMessageContaining("sides must be 1 or 2");
    }
}
