package org.evsyn.stats.internal.fragility;

/** Placeholder until the implementation lands. */
public final class WalshIndex {

    private WalshIndex() {
    }

    public static org.evsyn.stats.fragility.StudyFragility of(org.evsyn.stats.effect.BinaryStudy study, double alpha) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
