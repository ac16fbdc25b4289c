package org.evsyn.stats.differential;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The comparison rule of the differential test. Two numbers agree when |evsyn − metafor| ≤ 1e-8 + 1e-6·|metafor|:
 * 1e-6 relative, with an absolute floor of 1e-8 for values at or near 0 (τ² on the boundary, I² = 0, estimates
 * near 0), where a relative rule alone would demand agreement beyond any solver's precision. It is the conformance
 * fixtures' rule. I² is a percentage, so its floor is 1e-8 of the 0–1 scale, 1e-6 percentage points; τ² is a
 * variance, so its floor is 1e-8 times the median sampling variance where that exceeds 1 (on data with variances
 * near 1e5, a τ² of 1e-6 is zero heterogeneity, and no solver stops closer to the boundary than that). NaN
 * (metafor's NA) agrees only with NaN, an infinity only with the same infinity, and k must be equal. Two refusals
 * agree whatever their messages; a crash never agrees.
 */
final class Agreement {

    static final double REL = 1e-6;
    static final double ABS = 1e-8;

    private Agreement() {
    }

    /**
     * One number that differs.
     *
     * @param field   metafor's name of the number
     * @param evsyn   evsyn's value
     * @param metafor metafor's value
     */
    record Mismatch(String field, double evsyn, double metafor) {
    }

    /** How a fit compared. */
    enum Kind { AGREE, BOTH_REFUSED, DISAGREE }

    /**
     * The verdict on one fit.
     *
     * @param kind       agreement, both refused, or disagreement
     * @param mismatches the numbers that differ (empty unless the two fitted)
     * @param compared   numbers compared (k included; a number both sides leave out, such as the prediction interval
     *                   of a fixed-effect model, is not counted)
     * @param what       a short description of a disagreement
     */
    record Verdict(Kind kind, List<Mismatch> mismatches, int compared, String what) {
    }

    static boolean close(String field, double evsyn, double metafor, double varianceScale) {
        if (Double.isNaN(evsyn) || Double.isNaN(metafor)) {
            return Double.isNaN(evsyn) && Double.isNaN(metafor);
        }
        if (Double.isInfinite(evsyn) || Double.isInfinite(metafor)) {
            return evsyn == metafor;
        }
        double floor = switch (field) {
            case "I2" -> 100 * ABS;
            case "tau2" -> varianceScale > 1 ? ABS * varianceScale : ABS;
            default -> ABS;
        };
        return Math.abs(evsyn - metafor) <= floor + REL * Math.abs(metafor);
    }

    /**
     * Compares one fit.
     *
     * @param evsyn         evsyn's outcome
     * @param metafor       metafor's outcome
     * @param varianceScale the median sampling variance of the fitted studies (NaN where unknown)
     * @return the verdict
     */
    static Verdict compare(FitOutcome evsyn, FitOutcome metafor, double varianceScale) {
        if (evsyn instanceof FitOutcome.Crashed c) {
            return new Verdict(Kind.DISAGREE, List.of(), 0, "evsyn crashed: " + c.message());
        }
        if (evsyn instanceof FitOutcome.Refused && metafor instanceof FitOutcome.Refused) {
            return new Verdict(Kind.BOTH_REFUSED, List.of(), 0, "");
        }
        if (evsyn instanceof FitOutcome.Refused r) {
            return new Verdict(Kind.DISAGREE, List.of(), 0, "only evsyn refuses");
        }
        if (metafor instanceof FitOutcome.Refused r) {
            return new Verdict(Kind.DISAGREE, List.of(), 0, "only metafor refuses");
        }
        PooledNumbers e = ((FitOutcome.Fitted) evsyn).numbers();
        PooledNumbers m = ((FitOutcome.Fitted) metafor).numbers();
        List<Mismatch> mismatches = new ArrayList<>();
        int compared = 1;
        if (e.k() != m.k()) {
            mismatches.add(new Mismatch("k", e.k(), m.k()));
        }
        Map<String, Double> ev = e.byName();
        for (Map.Entry<String, Double> f : m.byName().entrySet()) {
            double a = ev.get(f.getKey());
            double b = f.getValue();
            if (Double.isNaN(a) && Double.isNaN(b)) {
                continue;
            }
            compared++;
            if (!close(f.getKey(), a, b, varianceScale)) {
                mismatches.add(new Mismatch(f.getKey(), a, b));
            }
        }
        if (mismatches.isEmpty()) {
            return new Verdict(Kind.AGREE, List.of(), compared, "");
        }
        return new Verdict(Kind.DISAGREE, List.copyOf(mismatches), compared, "numbers differ");
    }
}
