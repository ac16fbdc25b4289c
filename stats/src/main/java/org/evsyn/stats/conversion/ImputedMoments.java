package org.evsyn.stats.conversion;

/**
 * A mean and standard deviation obtained from other summary statistics, with the methods used, so reports can
 * flag the numbers as imputed and sensitivity analyses can drop them.
 *
 * @param mean         estimated mean
 * @param sd           estimated standard deviation
 * @param meanMethod   how the mean was obtained, e.g. "Luo et al. 2018 (median, IQR)"
 * @param sdMethod     how the SD was obtained, e.g. "Wan et al. 2014 (IQR)"
 */
public record ImputedMoments(double mean, double sd, String meanMethod, String sdMethod) {
    /** Requires a finite mean and a finite, non-negative standard deviation. */
    public ImputedMoments {
        if (!Double.isFinite(mean) || !(sd >= 0) || !Double.isFinite(sd)) {
            throw new IllegalArgumentException("imputed mean/SD must be finite and SD >= 0: " + mean + ", " + sd);
        }
    }
}
