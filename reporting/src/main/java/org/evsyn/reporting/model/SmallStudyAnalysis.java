package org.evsyn.reporting.model;

import org.evsyn.stats.bias.BeggResult;
import org.evsyn.stats.bias.EggerResult;

import java.util.Objects;
import java.util.Optional;

/**
 * Small-study effects of one outcome: the data of the funnel plot and its tests.
 *
 * @param egger       Egger's regression test, when run
 * @param begg        Begg's rank correlation test, when run
 * @param trimAndFill the trim-and-fill result, when run
 */
public record SmallStudyAnalysis(Optional<EggerResult> egger, Optional<BeggResult> begg,
                                 Optional<TrimAndFill> trimAndFill) {

    /** Requires non-null optionals. */
    public SmallStudyAnalysis {
        Objects.requireNonNull(egger, "egger");
        Objects.requireNonNull(begg, "begg");
        Objects.requireNonNull(trimAndFill, "trimAndFill");
    }
}
