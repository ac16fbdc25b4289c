package org.evsyn.stats.dose;

import org.evsyn.stats.internal.Distributions;

import java.util.ArrayList;
import java.util.List;

/**
 * One coefficient of a dose-response trend with its Wald confidence interval (normal quantile).
 *
 * @param estimate the coefficient (log relative risk per unit dose, or per unit dose² for the quadratic term)
 * @param se       its standard error, √ of the covariance's diagonal
 * @param ciLower  lower confidence bound
 * @param ciUpper  upper confidence bound
 */
public record TrendCoefficient(double estimate, double se, double ciLower, double ciUpper) {

    /** Every coefficient of a trend with its interval at a confidence level in percent. */
    static List<TrendCoefficient> of(List<Double> coefficients, List<List<Double>> covariance, double level) {
        if (!(level > 0 && level < 100)) {
            throw new IllegalArgumentException("confidence level must be in (0, 100), got " + level);
        }
        double z = Distributions.normalQuantile(0.5 + level / 200);
        List<TrendCoefficient> out = new ArrayList<>(coefficients.size());
        for (int j = 0; j < coefficients.size(); j++) {
            double b = coefficients.get(j);
            double se = Math.sqrt(covariance.get(j).get(j));
            out.add(new TrendCoefficient(b, se, b - z * se, b + z * se));
        }
        return out;
    }
}
