package org.evsyn.reporting.export;

/**
 * One pooled analysis in results.csv / results.json. Effects are given on the analysis scale (log for ratios)
 * and on the display scale; full double precision, so nothing is lost to rounding.
 *
 * @param outcomeId    outcome identifier
 * @param outcome      outcome name
 * @param analysis     "overall", "subgroup" or "trim-and-fill"
 * @param subgroup     subgroup variable and level ("Route: intravenous"), or "" for the whole set
 * @param measure      effect measure
 * @param model        pooling model in words
 * @param tau2Method   τ² estimator (metafor name), or "" for MH / Peto
 * @param test         "z" or "knha"
 * @param level        confidence level in percent
 * @param k            studies pooled
 * @param estimate     pooled effect, analysis scale
 * @param se           its standard error
 * @param ciLower      lower CI bound, analysis scale
 * @param ciUpper      upper CI bound, analysis scale
 * @param displayEstimate pooled effect, display scale
 * @param displayCiLower  lower CI bound, display scale
 * @param displayCiUpper  upper CI bound, display scale
 * @param piLower      lower prediction bound, analysis scale (NaN when none)
 * @param piUpper      upper prediction bound, analysis scale (NaN when none)
 * @param stat         test statistic
 * @param pval         p-value of the overall effect
 * @param tau2         τ²
 * @param q            Cochran's Q
 * @param qDf          its degrees of freedom
 * @param qPval        its p-value
 * @param i2           I² in percent
 * @param details      meta-regression, sensitivity and influence columns ({@link ResultDetails#NONE} otherwise)
 */
public record ResultRow(String outcomeId, String outcome, String analysis, String subgroup, String measure,
                        String model, String tau2Method, String test, double level, int k, double estimate,
                        double se, double ciLower, double ciUpper, double displayEstimate, double displayCiLower,
                        double displayCiUpper, double piLower, double piUpper, double stat, double pval, double tau2,
                        double q, int qDf, double qPval, double i2, ResultDetails details) {

    /** A pooled analysis's row, without details. */
    public ResultRow(String outcomeId, String outcome, String analysis, String subgroup, String measure,
                     String model, String tau2Method, String test, double level, int k, double estimate,
                     double se, double ciLower, double ciUpper, double displayEstimate, double displayCiLower,
                     double displayCiUpper, double piLower, double piUpper, double stat, double pval, double tau2,
                     double q, int qDf, double qPval, double i2) {
        this(outcomeId, outcome, analysis, subgroup, measure, model, tau2Method, test, level, k, estimate, se, ciLower,
                ciUpper, displayEstimate, displayCiLower, displayCiUpper, piLower, piUpper, stat, pval, tau2, q, qDf,
                qPval, i2, ResultDetails.NONE);
    }

    /** Column names, in order. */
    public static final java.util.List<String> COLUMNS = java.util.stream.Stream.concat(java.util.stream.Stream.of(
            "outcome_id", "outcome", "analysis", "subgroup", "measure", "model", "tau2_method", "test", "level", "k",
            "estimate", "se", "ci_lower", "ci_upper", "display_estimate", "display_ci_lower", "display_ci_upper",
            "pi_lower", "pi_upper", "stat", "pval", "tau2", "q", "q_df", "q_pval", "i2"),
            ResultDetails.COLUMNS.stream()).toList();

    /** The values in column order; numbers as Java numbers. */
    public java.util.List<Object> values() {
        java.util.List<Object> v = new java.util.ArrayList<>(java.util.List.of(outcomeId, outcome, analysis,
                subgroup, measure, model, tau2Method, test, level, k, estimate, se, ciLower, ciUpper, displayEstimate,
                displayCiLower, displayCiUpper, piLower, piUpper, stat, pval, tau2, q, qDf, qPval, i2));
        v.addAll(details.values());
        return v;
    }
}
