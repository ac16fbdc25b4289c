package org.evsyn.stats.dose;

import java.util.List;

/**
 * The covariance of a study's log relative risks that share one referent group (Greenland &amp; Longnecker 1992,
 * Am J Epidemiol 135:1301; Orsini, Bellocco &amp; Greenland 2006, Stata J 6:40).
 *
 * <p>Pseudo-counts A<sub>j</sub> (cases) are fitted that keep the observed margins, the total cases and each
 * level's subjects (or person-time) N<sub>j</sub>, and reproduce the reported relative risks exactly. Their
 * variances give the correlation of two log relative risks, s₀ / √(sᵢ sⱼ), with s₀ the referent's variance and
 * sᵢ = s₀ + the level's own; the reported variances give the scale: cov = rᵢⱼ √(vᵢ vⱼ), diagonal vᵢ.
 */
public final class GreenlandLongnecker {

    private static final int BISECTIONS = 200;

    private GreenlandLongnecker() {
    }

    /**
     * Fitted cases per level (referent first, then the exposed levels in order).
     *
     * @param study the study
     * @return the pseudo-counts of cases, one per level, referent first
     */
    public static double[] fittedCases(DoseStudy study) {
        DoseLevel ref = study.referent();
        List<DoseLevel> exposed = study.exposed();
        double total = study.levels().stream().mapToDouble(DoseLevel::cases).sum();
        // The fitted total grows with the referent's fitted cases A0, so bisection finds the one that keeps it.
        double lo = 0;
        double hi = Math.min(ref.n(), total);
        for (int i = 0; i < BISECTIONS; i++) {
            double mid = (lo + hi) / 2;
            double sum = mid;
            for (DoseLevel l : exposed) {
                sum += exposedCases(study.design(), ref.n(), mid, l);
            }
            if (sum > total) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        double a0 = (lo + hi) / 2;
        double[] out = new double[exposed.size() + 1];
        out[0] = a0;
        for (int j = 0; j < exposed.size(); j++) {
            out[j + 1] = exposedCases(study.design(), ref.n(), a0, exposed.get(j));
        }
        return out;
    }

    /**
     * The covariance matrix of the exposed levels' log relative risks, in their order.
     *
     * @param study the study
     * @return a symmetric matrix, the reported variances on the diagonal
     */
    public static double[][] covariance(DoseStudy study) {
        double[] a = fittedCases(study);
        DoseLevel ref = study.referent();
        List<DoseLevel> exposed = study.exposed();
        double s0 = cellVariance(study.design(), a[0], ref.n());
        int m = exposed.size();
        double[] s = new double[m];
        for (int j = 0; j < m; j++) {
            s[j] = s0 + cellVariance(study.design(), a[j + 1], exposed.get(j).n());
        }
        double[][] c = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                double r = i == j ? 1 : s0 / Math.sqrt(s[i] * s[j]);
                c[i][j] = r * Math.sqrt(exposed.get(i).variance() * exposed.get(j).variance());
            }
        }
        return c;
    }

    /** Cases at an exposed level that reproduce its relative risk, given the referent's fitted cases a0. */
    private static double exposedCases(StudyDesign design, double n0, double a0, DoseLevel level) {
        double rr = Math.exp(level.logRr());
        if (design == StudyDesign.CASE_CONTROL) {
            // Odds ratio A_j (N0 - A0) / (A0 (N_j - A_j)) = RR_j, solved for A_j.
            return rr * a0 * level.n() / ((n0 - a0) + rr * a0);
        }
        // Risk or rate ratio (A_j / N_j) / (A0 / N0) = RR_j.
        return rr * a0 * level.n() / n0;
    }

    /** Variance of a level's log odds (case-control), log risk or log rate from its fitted cases. */
    private static double cellVariance(StudyDesign design, double a, double n) {
        return switch (design) {
            case CASE_CONTROL -> 1 / a + 1 / (n - a);
            case CUMULATIVE_INCIDENCE -> 1 / a - 1 / n;
            case INCIDENCE_RATE -> 1 / a;
        };
    }
}
