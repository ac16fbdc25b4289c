package org.evsyn.stats.subgroup;

import org.evsyn.stats.regression.ModeratorTest;

import java.util.Objects;

/**
 * metafor's mixed-effects test for subgroup differences: one meta-regression on subgroup dummies with a common
 * residual τ², testing all dummies = 0 (χ²(G − 1) under z, F(G − 1, k − G) under KNHA).
 *
 * @param test         the omnibus moderator test of the dummies
 * @param residualTau2 the common residual τ² of that model
 */
public record MixedEffectsTest(ModeratorTest test, double residualTau2) {

    /**
     * Requires the test.
     *
     * @param test see the record description
     * @param residualTau2 see the record description
     */
    public MixedEffectsTest {
        Objects.requireNonNull(test, "test");
    }
}
