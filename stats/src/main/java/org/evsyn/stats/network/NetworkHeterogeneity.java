package org.evsyn.stats.network;

import org.evsyn.stats.model.ChiSquareTest;

/**
 * Heterogeneity of the network.
 *
 * @param tau2    between-study variance under the fit's method (0 for FE)
 * @param tau     its square root
 * @param q       total Q of the network (heterogeneity plus inconsistency), df = k − (T − 1)
 * @param i2      I² = (Q − df) / Q truncated at 0, as a percentage
 * @param i2Lower lower bound of netmeta's interval for I² (percent)
 * @param i2Upper upper bound of netmeta's interval for I² (percent)
 */
public record NetworkHeterogeneity(double tau2, double tau, ChiSquareTest q, double i2, double i2Lower,
                                   double i2Upper) {
}
