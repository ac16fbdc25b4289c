package org.evsyn.reporting.export;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The columns of results.csv / results.json that only meta-regression, sensitivity and influence rows fill;
 * other rows leave them empty ("" or NaN, written NA / null).
 *
 * @param moderator   meta-regression: the moderator (design column); "" otherwise
 * @param term        meta-regression coefficient name ("intrcpt" or the moderator), sensitivity analysis key, or
 *                    the study of an influence row; "" otherwise
 * @param omitted     sensitivity analysis: the studies left out, joined by "; "
 * @param note        why an analysis was not run, or what to know about it
 * @param qm          test of moderators: QM (χ²), or F under Knapp–Hartung
 * @param qmDf        its (numerator) degrees of freedom; 0 when none
 * @param qmPval      its p-value
 * @param r2          pseudo-R² in percent
 * @param rstudent    influence: externally studentized residual
 * @param dffits      influence: DFFITS
 * @param cooksD      influence: Cook's distance
 * @param covRatio    influence: covariance ratio
 * @param tau2Del     influence: τ² without the study
 * @param qeDel       influence: Q without the study
 * @param hat         influence: leverage
 * @param weight      influence: weight in percent
 * @param dfbetas     influence: DFBETAS
 * @param influential influence: whether metafor's rule flags the study; empty otherwise
 */
public record ResultDetails(String moderator, String term, String omitted, String note, double qm, int qmDf,
                            double qmPval, double r2, double rstudent, double dffits, double cooksD, double covRatio,
                            double tau2Del, double qeDel, double hat, double weight, double dfbetas,
                            Optional<Boolean> influential) {

    /** No details: the row of a pooled analysis. */
    public static final ResultDetails NONE = new ResultDetails("", "", "", "", Double.NaN, 0, Double.NaN, Double.NaN,
            Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
            Double.NaN, Optional.empty());

    /** Column names, in order, after {@link ResultRow}'s own. */
    public static final List<String> COLUMNS = List.of("moderator", "term", "omitted", "note", "qm", "qm_df",
            "qm_pval", "r2", "rstudent", "dffits", "cooks_d", "cov_ratio", "tau2_del", "qe_del", "hat", "weight",
            "dfbetas", "influential");

    /** Requires every text. */
    public ResultDetails {
        Objects.requireNonNull(moderator, "moderator");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(omitted, "omitted");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(influential, "influential");
    }

    /** Details naming a term and a note only. */
    public static ResultDetails of(String moderator, String term, String omitted, String note) {
        return new ResultDetails(moderator, term, omitted, note, Double.NaN, 0, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Optional.empty());
    }

    /** The values in column order; "influential" is a Boolean, or "" when it does not apply. */
    public List<Object> values() {
        return List.of(moderator, term, omitted, note, qm, qmDf, qmPval, r2, rstudent, dffits, cooksD, covRatio,
                tau2Del, qeDel, hat, weight, dfbetas, influential.<Object>map(b -> b).orElse(""));
    }
}
