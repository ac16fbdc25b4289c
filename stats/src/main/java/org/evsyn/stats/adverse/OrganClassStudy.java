package org.evsyn.stats.adverse;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One study's row in an organ class.
 *
 * @param counts     the counts as given
 * @param yi         log odds ratio (0.5 added to every cell of a table with a zero cell, as metafor's escalc)
 * @param vi         its sampling variance
 * @param rstudent   studentized deleted residual (metafor's {@code rstudent}); empty below 3 studies
 * @param outlier    |rstudent| above the normal 97.5% quantile (1.96)
 * @param bonferroni |rstudent| above the Bonferroni-corrected quantile z(1 − 0.025/k)
 */
public record OrganClassStudy(OrganClassCounts counts, double yi, double vi, OptionalDouble rstudent,
                              boolean outlier, boolean bonferroni) {

    /** Requires the counts and the residual's presence. */
    public OrganClassStudy {
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(rstudent, "rstudent");
    }
}
