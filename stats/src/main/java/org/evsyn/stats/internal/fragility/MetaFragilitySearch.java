package org.evsyn.stats.internal.fragility;

/** Placeholder until the implementation lands. */
public final class MetaFragilitySearch {

    private MetaFragilitySearch() {
    }

    public static org.evsyn.stats.fragility.MetaFragility run(java.util.List<org.evsyn.stats.effect.BinaryStudy> studies, org.evsyn.stats.fragility.FragilityOptions options) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
