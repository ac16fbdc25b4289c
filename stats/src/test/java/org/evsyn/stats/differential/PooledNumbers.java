package org.evsyn.stats.differential;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pooled numbers of one fit that both implementations report, on the analysis scale (log scale for ratio
 * measures). NaN stands for a number that is not available (metafor's NA), for instance I² when a study has zero
 * sampling variance, or the prediction interval of a fixed-effect, MH or Peto model.
 *
 * @param k        studies in the model
 * @param estimate pooled effect
 * @param se       its standard error (Knapp–Hartung se under knha)
 * @param ciLower  lower confidence bound
 * @param ciUpper  upper confidence bound
 * @param pval     two-sided p-value of the test of no effect
 * @param tau2     between-study variance (0 for FE, MH, Peto)
 * @param i2       I² in percent
 * @param h2       H²
 * @param q        Cochran's Q
 * @param piLower  lower prediction bound (random-effects models)
 * @param piUpper  upper prediction bound
 */
record PooledNumbers(int k, double estimate, double se, double ciLower, double ciUpper, double pval, double tau2,
                     double i2, double h2, double q, double piLower, double piUpper) {

    /** The compared numbers by metafor's names, in a fixed order. */
    Map<String, Double> byName() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("estimate", estimate);
        m.put("se", se);
        m.put("ci.lb", ciLower);
        m.put("ci.ub", ciUpper);
        m.put("pval", pval);
        m.put("tau2", tau2);
        m.put("I2", i2);
        m.put("H2", h2);
        m.put("QE", q);
        m.put("pi.lb", piLower);
        m.put("pi.ub", piUpper);
        return m;
    }
}
