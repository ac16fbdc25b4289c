package org.evsyn.stats.adverse;

import org.evsyn.stats.bias.BeggResult;
import org.evsyn.stats.bias.EggerResult;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The pooled odds ratio of one organ class, log scale.
 *
 * @param organClass the system organ class
 * @param studies    the studies' rows, in the order given
 * @param estimate   pooled log odds ratio (inverse variance, the plan's τ² method)
 * @param se         its standard error
 * @param ciLower    lower confidence limit
 * @param ciUpper    upper confidence limit
 * @param pval       p-value of the pooled estimate
 * @param tau2       between-study variance
 * @param i2         I² in percent
 * @param q          Cochran's Q
 * @param egger      Egger's regression test, when the class has enough studies
 * @param begg       Begg's rank correlation test, likewise
 * @param notes      what was not computed and why
 */
public record OrganClassPooled(String organClass, List<OrganClassStudy> studies, double estimate, double se,
                               double ciLower, double ciUpper, double pval, double tau2, double i2, double q,
                               Optional<EggerResult> egger, Optional<BeggResult> begg, List<String> notes) {

    /** Copies the lists. */
    public OrganClassPooled {
        Objects.requireNonNull(organClass, "organClass");
        studies = List.copyOf(studies);
        Objects.requireNonNull(egger, "egger");
        Objects.requireNonNull(begg, "begg");
        notes = List.copyOf(notes);
    }

    /**
     * Number of studies.
     *
     * @return k
     */
    public int k() {
        return studies.size();
    }

    /**
     * Labels of the studies flagged as outliers (|rstudent| &gt; 1.96).
     *
     * @return the labels
     */
    public List<String> outliers() {
        return studies.stream().filter(OrganClassStudy::outlier).map(s -> s.counts().study()).toList();
    }
}
