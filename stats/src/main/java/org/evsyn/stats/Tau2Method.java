package org.evsyn.stats;

/**
 * How the between-study variance τ² is obtained; {@link #FE} fixes it at zero.
 * Names follow metafor's {@code rma(method = ...)}.
 */
public enum Tau2Method {
    /** Fixed (common) effect: τ² = 0. */
    FE,
    /** DerSimonian–Laird method of moments. */
    DL,
    /** Restricted maximum likelihood. */
    REML,
    /** Maximum likelihood. */
    ML,
    /** Paule–Mandel generalised Q. */
    PM,
    /** Sidik–Jonkman. */
    SJ,
    /** Hedges (variance component). */
    HE,
    /** Empirical Bayes (Morris). */
    EB,
    /** Hunter–Schmidt. */
    HS;

    /** True for every estimator of a random-effects model, false for {@link #FE}. */
    public boolean isRandomEffects() {
        return this != FE;
    }
}
