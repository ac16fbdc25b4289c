package org.evsyn.stats.internal.sequential;

/** Placeholder until the implementation lands. */
public final class SequentialAnalysis {

    private SequentialAnalysis() {
    }

    public static org.evsyn.stats.sequential.TsaResult run(java.util.List<org.evsyn.stats.effect.Study> studies, org.evsyn.stats.sequential.TsaOptions options) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
