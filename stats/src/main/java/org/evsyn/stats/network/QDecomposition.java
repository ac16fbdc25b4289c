package org.evsyn.stats.network;

import org.evsyn.stats.model.ChiSquareTest;

import java.util.List;

/**
 * Decomposition of the network's Q (Krahn, Binder &amp; König 2013).
 *
 * @param total                 total Q of the consistency model
 * @param withinDesigns         heterogeneity within designs (sum of per-design Q)
 * @param betweenDesigns        inconsistency between designs (total − within)
 * @param designs               Q per design, for the designs with df &gt; 0 (studies repeating the design)
 * @param betweenDesignsRandom  Q between designs from the full design-by-treatment interaction random-effects model
 * @param tauWithin             τ of that model (generalised DL from the within-design Q)
 */
public record QDecomposition(ChiSquareTest total, ChiSquareTest withinDesigns, ChiSquareTest betweenDesigns,
                             List<DesignQ> designs, ChiSquareTest betweenDesignsRandom, double tauWithin) {

    /** Copies the list. */
    public QDecomposition {
        designs = List.copyOf(designs);
    }
}
