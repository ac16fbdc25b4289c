package org.evsyn.stats.network;

/** How the between-study variance τ² of a network meta-analysis is obtained. */
public enum NetworkMethod {
    /** Common (fixed) effect: τ² = 0. */
    FE,
    /** Restricted maximum likelihood (metafor's {@code rma.mv(method = "REML")}, ρ = 1/2). */
    REML,
    /** Maximum likelihood ({@code rma.mv(method = "ML")}, ρ = 1/2). */
    ML,
    /** netmeta's default: the generalised DerSimonian–Laird moment estimator (Rücker 2012). */
    DL
}
