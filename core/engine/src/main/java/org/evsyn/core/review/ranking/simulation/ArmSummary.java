package org.evsyn.core.review.ranking.simulation;

import java.util.List;

/**
 * The mean figures of several simulated screenings in one order (the model's, or random), one per seed.
 *
 * @param runs           the screenings averaged
 * @param wss95          work saved over sampling at 95% recall (a fraction, 0.5 = half the records)
 * @param rrf10          relevant records found after screening 10% of the records, in percent
 * @param screenedTo95   records screened to reach 95% recall
 * @param screenedTo100  records screened to find every relevant record
 * @param estimateAt95   the ranker's expected relevant records left just before 95% recall (NaN: not estimated)
 * @param remainingAt95  the relevant records truly left at that moment
 * @param curves         the screenings themselves, by seed
 */
public record ArmSummary(int runs, double wss95, double rrf10, double screenedTo95, double screenedTo100,
                         double estimateAt95, double remainingAt95, List<ScreeningCurve> curves) {

    public ArmSummary {
        curves = List.copyOf(curves);
    }

    /** The means of {@code curves} (at least one). */
    public static ArmSummary of(List<ScreeningCurve> curves) {
        if (curves.isEmpty()) {
            throw new IllegalArgumentException("no screening to summarise");
        }
        int n = curves.size();
        double wss = 0;
        double rrf = 0;
        double to95 = 0;
        double to100 = 0;
        double estimate = 0;
        double remaining = 0;
        for (ScreeningCurve c : curves) {
            wss += c.workSavedOverSampling(0.95);
            rrf += c.relevantFoundPercent(0.10);
            to95 += c.screenedToRecall(0.95);
            to100 += c.screenedToRecall(1.0);
            estimate += c.estimateAt95();
            remaining += c.remainingAt95();
        }
        return new ArmSummary(n, wss / n, rrf / n, to95 / n, to100 / n, estimate / n, remaining / n, curves);
    }
}
