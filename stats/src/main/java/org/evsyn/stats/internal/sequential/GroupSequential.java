package org.evsyn.stats.internal.sequential;

/** Placeholder until the implementation lands. */
public final class GroupSequential {

    private GroupSequential() {
    }

    public static org.evsyn.stats.sequential.SpendingBoundaries boundaries(double[] fractions, double alpha, int sides, double power) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
