package org.evsyn.stats.network.internal;

import java.util.List;

/**
 * The analysed network after the data step.
 *
 * @param treatments        treatment labels, the reference first, then by code point order
 * @param studies           studies in input order
 * @param dropped           studies removed as double-zero, in input order
 * @param participantsKnown whether arm sizes are known (arm input) or not (contrast input)
 */
public record NetworkData(List<String> treatments, List<StudyBlock> studies, List<String> dropped,
                          boolean participantsKnown) {

    /** Copies the lists. */
    public NetworkData {
        treatments = List.copyOf(treatments);
        studies = List.copyOf(studies);
        dropped = List.copyOf(dropped);
    }

    /** Number of treatments. */
    public int treatmentCount() {
        return treatments.size();
    }

    /** Number of within-study contrasts. */
    public int k() {
        int k = 0;
        for (StudyBlock s : studies) {
            k += s.contrastCount();
        }
        return k;
    }
}
