package org.evsyn.cli.meta.dose;

import org.evsyn.stats.dose.PooledLinearTrend;
import org.evsyn.stats.dose.PooledTrend;
import org.evsyn.stats.dose.StudyTrend;
import org.evsyn.stats.dose.TrendModel;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code evsyn dose-response} computed: the options, each study's trend, and the pooled trend when there are at
 * least two studies (linear: random or common effect; quadratic: the multivariate common-effect model).
 *
 * @param options the options as given (method resolved)
 * @param designs each study's design, in study order
 * @param trends  each study's trend
 * @param linear  the pooled linear slope, for a linear model with two or more studies
 * @param pooled  the pooled coefficients, for a quadratic model with two or more studies
 */
record DoseAnalysis(Options options, List<DoseDesign> designs, List<StudyTrend> trends,
                    Optional<PooledLinearTrend> linear, Optional<PooledTrend> pooled) {

    /**
     * The options echoed in the output.
     *
     * @param design      the design of rows without a design cell
     * @param model       the trend's shape
     * @param correlated  whether the Greenland–Longnecker covariance was used
     * @param method      REML, DL or FE
     * @param level       confidence level in percent
     */
    record Options(DoseDesign design, TrendModel model, boolean correlated, DoseMethod method, double level) {
        Options {
            Objects.requireNonNull(design, "design");
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(method, "method");
        }
    }

    DoseAnalysis {
        Objects.requireNonNull(options, "options");
        designs = List.copyOf(designs);
        trends = List.copyOf(trends);
        Objects.requireNonNull(linear, "linear");
        Objects.requireNonNull(pooled, "pooled");
    }
}
