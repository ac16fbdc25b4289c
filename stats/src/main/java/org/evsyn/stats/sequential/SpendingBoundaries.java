package org.evsyn.stats.sequential;

import java.util.List;

/**
 * Lan–DeMets O'Brien–Fleming-type boundaries of a design: alpha spent per side as α′(t) = 2 − 2Φ(z<sub>1−α′/2</sub>
 * / √t) with α′ = α/sides, and, when a power is given, beta-spending futility boundaries with the same spending
 * function for β.
 *
 * @param alpha the total type I error
 * @param sides 1 or 2
 * @param power 1 − β of the futility boundaries, NaN when none were computed
 * @param looks one entry per information fraction, in the order given
 */
public record SpendingBoundaries(double alpha, int sides, double power, List<Boundary> looks) {

    /** Checks the design and copies the looks. */
    public SpendingBoundaries {
        Checks.design(alpha, sides);
        looks = List.copyOf(looks);
    }
}
