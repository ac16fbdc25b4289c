package org.evsyn.stats.model;

/**
 * Q-profile confidence interval for τ², with the I² and H² intervals derived from its bounds.
 *
 * @param level     confidence level in percent
 * @param tau2Lower lower bound for τ² (≥ 0)
 * @param tau2Upper upper bound for τ²
 * @param i2Lower   lower bound for I² (percent)
 * @param i2Upper   upper bound for I² (percent)
 * @param h2Lower   lower bound for H²
 * @param h2Upper   upper bound for H²
 */
public record HeterogeneityInterval(double level, double tau2Lower, double tau2Upper, double i2Lower,
                                    double i2Upper, double h2Lower, double h2Upper) {

    /**
     * Validates the components.
     */
    public HeterogeneityInterval {
        if (!(tau2Lower >= 0 && tau2Upper >= tau2Lower)) {
            throw new IllegalArgumentException("invalid tau^2 interval [" + tau2Lower + ", " + tau2Upper + "]");
        }
    }
}
