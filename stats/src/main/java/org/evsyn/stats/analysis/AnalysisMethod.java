package org.evsyn.stats.analysis;

import org.evsyn.stats.Tau2Method;

import java.util.Locale;
import java.util.Optional;

/**
 * How studies are pooled: an inverse-variance model with one of the τ² estimators, Mantel–Haenszel, or Peto.
 * Names are those of the {@code --method} option and of the conformance fixtures.
 */
public enum AnalysisMethod {
    /** Inverse variance, fixed (common) effect. */
    FE(Tau2Method.FE),
    /** Inverse variance, DerSimonian–Laird τ². */
    DL(Tau2Method.DL),
    /** Inverse variance, restricted maximum likelihood τ². */
    REML(Tau2Method.REML),
    /** Inverse variance, maximum likelihood τ². */
    ML(Tau2Method.ML),
    /** Inverse variance, Paule–Mandel τ². */
    PM(Tau2Method.PM),
    /** Inverse variance, Sidik–Jonkman τ². */
    SJ(Tau2Method.SJ),
    /** Inverse variance, Hedges τ². */
    HE(Tau2Method.HE),
    /** Inverse variance, empirical Bayes τ². */
    EB(Tau2Method.EB),
    /** Inverse variance, Hunter–Schmidt τ². */
    HS(Tau2Method.HS),
    /** Mantel–Haenszel pooling of 2×2 tables (OR, RR, RD). */
    MH(null),
    /** Peto's one-step odds ratio. */
    PETO(null);

    private final Tau2Method tau2Method;

    AnalysisMethod(Tau2Method tau2Method) {
        this.tau2Method = tau2Method;
    }

    /** The τ² estimator of an inverse-variance method; empty for MH and Peto. */
    public Optional<Tau2Method> tau2Method() {
        return Optional.ofNullable(tau2Method);
    }

    /** True for the inverse-variance methods (everything except MH and Peto). */
    public boolean isInverseVariance() {
        return tau2Method != null;
    }

    /** True for the inverse-variance random-effects methods. */
    public boolean isRandomEffects() {
        return tau2Method != null && tau2Method.isRandomEffects();
    }

    /**
     * Parses a method name, ignoring case.
     *
     * @param name e.g. "REML" or "mh"
     * @return the method
     * @throws IllegalArgumentException for an unknown name
     */
    public static AnalysisMethod parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown method '" + name + "'", e);
        }
    }
}
