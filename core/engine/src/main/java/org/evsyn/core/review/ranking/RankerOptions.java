package org.evsyn.core.review.ranking;

/**
 * The settings of {@link TfidfLogisticRanker}; {@link #defaults()} are what evsyn uses (docs/screening.md says why).
 *
 * @param seed        seeds the random order offered before the model can learn, and the solver's visiting order
 * @param minDf       terms found in fewer records are dropped (1 keeps every term)
 * @param sublinearTf weight a term by {@code 1 + ln tf} instead of its count
 * @param cost        the logistic regression's inverse regularisation strength C (larger: weaker penalty)
 * @param tolerance   the solver stops when its largest dual gradient falls below this
 * @param maxPasses   and after at most this many passes over the labelled records
 */
public record RankerOptions(long seed, int minDf, boolean sublinearTf, double cost, double tolerance,
                            int maxPasses) {

    public RankerOptions {
        if (minDf < 1) {
            throw new IllegalArgumentException("minDf must be at least 1, got " + minDf);
        }
        if (!(cost > 0) || Double.isInfinite(cost)) {
            throw new IllegalArgumentException("cost must be positive and finite, got " + cost);
        }
        if (!(tolerance > 0)) {
            throw new IllegalArgumentException("tolerance must be positive, got " + tolerance);
        }
        if (maxPasses < 1) {
            throw new IllegalArgumentException("maxPasses must be at least 1, got " + maxPasses);
        }
    }

    /** evsyn's defaults: seed 0, every term kept, sublinear tf, C = 1, tolerance 0.01, at most 100 passes. */
    public static RankerOptions defaults() {
        return new RankerOptions(0, 1, true, 1.0, 0.01, 100);
    }

    /** These options with another seed. */
    public RankerOptions withSeed(long newSeed) {
        return new RankerOptions(newSeed, minDf, sublinearTf, cost, tolerance, maxPasses);
    }
}
