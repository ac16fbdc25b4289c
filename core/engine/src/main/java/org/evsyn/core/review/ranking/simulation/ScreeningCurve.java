package org.evsyn.core.review.ranking.simulation;

import java.util.Arrays;

/**
 * One simulated screening: the records screened after the prior knowledge, and when each relevant one was found.
 * The two prior records are not counted, as in ASReview's simulations.
 *
 * @param records          records screened in the simulation (the review's records minus the prior ones)
 * @param foundAt          for each relevant record among them, how many records had been screened when it was
 *                         found (1-based, ascending)
 * @param estimateAt95     the ranker's expected number of relevant records left, from the last ranking before 95%
 *                         recall was reached (NaN when it gave none)
 * @param remainingAt95    the true number left at that moment
 * @param rankings         how many times the ranker was asked for an order
 */
public record ScreeningCurve(int records, int[] foundAt, double estimateAt95, int remainingAt95, int rankings) {

    public ScreeningCurve {
        foundAt = foundAt.clone();
        if (foundAt.length == 0) {
            throw new IllegalArgumentException("a screening curve needs at least one relevant record");
        }
        for (int k = 0; k < foundAt.length; k++) {
            if (foundAt[k] < 1 || foundAt[k] > records || (k > 0 && foundAt[k] <= foundAt[k - 1])) {
                throw new IllegalArgumentException("positions must rise within 1.." + records);
            }
        }
    }

    /** The relevant records among those screened. */
    public int relevant() {
        return foundAt.length;
    }

    /** Records screened until {@code recall} of the relevant ones were found (the smallest such number). */
    public int screenedToRecall(double recall) {
        int needed = (int) Math.ceil(recall * foundAt.length - 1e-9);
        return needed <= 0 ? 0 : foundAt[needed - 1];
    }

    /**
     * Work saved over sampling at {@code recall} (Cohen et al. 2006): the share of records left unscreened when
     * that recall is reached, less the share random sampling would leave ({@code 1 − recall}).
     */
    public double workSavedOverSampling(double recall) {
        return (records - screenedToRecall(recall)) / (double) records - (1 - recall);
    }

    /**
     * Relevant records found (RRF), in percent of all relevant, after screening {@code fraction} of the records
     * (rounded up to a whole record).
     */
    public double relevantFoundPercent(double fraction) {
        int screened = (int) Math.ceil(fraction * records - 1e-9);
        int found = 0;
        for (int p : foundAt) {
            if (p <= screened) {
                found++;
            }
        }
        return 100.0 * found / foundAt.length;
    }

    @Override
    public int[] foundAt() {
        return foundAt.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScreeningCurve c && records == c.records && Arrays.equals(foundAt, c.foundAt)
                && Double.compare(estimateAt95, c.estimateAt95) == 0 && remainingAt95 == c.remainingAt95
                && rankings == c.rankings;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(foundAt) + records;
    }

    @Override
    public String toString() {
        return "ScreeningCurve[records=" + records + ", foundAt=" + Arrays.toString(foundAt) + "]";
    }
}
