package org.evsyn.stats.dose;

/**
 * One exposure level of a dose-response study, its log relative risk against the study's referent level.
 *
 * @param dose     the level's dose (assigned value, e.g. the category's median)
 * @param cases    cases at this level
 * @param n        subjects at this level (cases plus controls for case-control data, persons at risk for cumulative
 *                 incidence, person-time for incidence rates)
 * @param logRr    log relative risk against the referent (0 for the referent)
 * @param variance its variance (0 for the referent)
 */
public record DoseLevel(double dose, double cases, double n, double logRr, double variance) {

    private static final double Z975 = 1.959963984540054;

    /** Requires finite values, cases in (0, n) and a variance that is not negative. */
    public DoseLevel {
        if (!Double.isFinite(dose) || !Double.isFinite(logRr) || !Double.isFinite(variance)) {
            throw new IllegalArgumentException("dose level: dose, log relative risk and variance must be finite numbers"
                    + " (dose " + dose + ", log RR " + logRr + ", variance " + variance + ")");
        }
        if (!(cases > 0) || !(n > cases)) {
            throw new IllegalArgumentException("dose level " + dose + ": cases must be above 0 and below n (cases "
                    + cases + ", n " + n + ")");
        }
        if (variance < 0) {
            throw new IllegalArgumentException("dose level " + dose + ": variance " + variance + " is negative");
        }
    }

    /**
     * The referent level.
     *
     * @param dose  its dose
     * @param cases its cases
     * @param n     its subjects or person-time
     * @return the level, log relative risk 0 with variance 0
     */
    public static DoseLevel referent(double dose, double cases, double n) {
        return new DoseLevel(dose, cases, n, 0, 0);
    }

    /**
     * A non-referent level from a relative risk and its 95% confidence interval, the variance being
     * ((log upper − log lower) / (2 · 1.959964))².
     *
     * @param dose  its dose
     * @param cases its cases
     * @param n     its subjects or person-time
     * @param rr    the relative risk
     * @param lower lower 95% limit
     * @param upper upper 95% limit
     * @return the level
     */
    public static DoseLevel fromConfidenceInterval(double dose, double cases, double n, double rr, double lower,
                                                   double upper) {
        if (!(rr > 0) || !(lower > 0) || !(upper > lower)) {
            throw new IllegalArgumentException("dose level " + dose + ": need 0 < lower < upper and rr > 0 (rr " + rr
                    + ", " + lower + " to " + upper + ")");
        }
        double se = (Math.log(upper) - Math.log(lower)) / (2 * Z975);
        return new DoseLevel(dose, cases, n, Math.log(rr), se * se);
    }

    /**
     * Whether this is the referent (variance 0).
     *
     * @return true for the referent
     */
    public boolean isReferent() {
        return variance == 0;
    }
}
