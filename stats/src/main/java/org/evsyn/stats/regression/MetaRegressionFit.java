package org.evsyn.stats.regression;

import org.evsyn.stats.ModelOptions;

import java.util.List;
import java.util.Optional;

/**
 * Result of a mixed-effects meta-regression (metafor's {@code rma(yi, vi, mods = X)}).
 *
 * @param k              number of studies
 * @param coefficients   one entry per design column, the intercept first
 * @param covariance     variance–covariance matrix of the coefficients (Knapp–Hartung scaled under KNHA), rows in
 *                       coefficient order
 * @param statDf         degrees of freedom k − p of the t statistics under KNHA; 0 under z
 * @param moderatorTest  omnibus test of all non-intercept coefficients; empty for an intercept-only design
 * @param tau2           residual between-study variance (0 for FE)
 * @param iterations     iterations of the τ² solver (0 for closed-form estimators)
 * @param i2             residual I² in percent
 * @param h2             residual H²
 * @param vt             typical within-study variance ṽ = (k − p)/tr(P), P built with weights 1/vᵢ
 * @param qe             residual heterogeneity QE = Σ (1/vᵢ)·eᵢ² of the fixed-effect fit
 * @param qeDf           k − p
 * @param qePval         upper-tail χ²(k − p) p-value of QE
 * @param r2             percentage of heterogeneity accounted for by the moderators (pseudo-R², or the adjusted R²
 *                       of the weighted regression for FE); NaN for an intercept-only design
 * @param knhaFactor     Knapp–Hartung factor s² = Σ w*ᵢeᵢ²/(k − p) under KNHA, 1 under z
 * @param options        method, test and level of the fit
 * @param warnings       what the τ² estimator warns of (a likelihood with several maxima), empty when nothing
 */
public record MetaRegressionFit(
        int k,
        List<Coefficient> coefficients,
        List<List<Double>> covariance,
        int statDf,
        Optional<ModeratorTest> moderatorTest,
        double tau2,
        int iterations,
        double i2,
        double h2,
        double vt,
        double qe,
        int qeDf,
        double qePval,
        double r2,
        double knhaFactor,
        ModelOptions options,
        List<String> warnings) {

    /**
     * Copies the lists so the record stays immutable.
     *
     * @param k see the record description
     * @param coefficients see the record description
     * @param covariance see the record description
     * @param statDf see the record description
     * @param moderatorTest see the record description
     * @param tau2 see the record description
     * @param iterations see the record description
     * @param i2 see the record description
     * @param h2 see the record description
     * @param vt see the record description
     * @param qe see the record description
     * @param qeDf see the record description
     * @param qePval see the record description
     * @param r2 see the record description
     * @param knhaFactor see the record description
     * @param options see the record description
     * @param warnings see the record description
     */
    public MetaRegressionFit {
        warnings = List.copyOf(warnings);
        coefficients = List.copyOf(coefficients);
        covariance = covariance.stream().map(List::copyOf).toList();
    }

    /** @return number of coefficients p */
    public int p() {
        return coefficients.size();
    }

    /**
     * A coefficient by design-column index.
     *
     * @param j 0 = intercept
     * @return the coefficient
     */
    public Coefficient coefficient(int j) {
        return coefficients.get(j);
    }

    /**
     * A coefficient by name.
     *
     * @param name design column name
     * @return the coefficient, or empty when no column has that name
     */
    public Optional<Coefficient> coefficient(String name) {
        return coefficients.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
