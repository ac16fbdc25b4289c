package org.evsyn.stats.internal.sequential;

/** Placeholder until the implementation lands. */
public final class InformationSize {

    private InformationSize() {
    }

    public static org.evsyn.stats.sequential.RequiredInformationSize of(org.evsyn.stats.sequential.AssumedEffect effect, double alpha, int sides, double power, org.evsyn.stats.sequential.HeterogeneityAdjustment adjustment, double heterogeneity) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
