package org.evsyn.core.review.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How one arm's analysed numbers were derived from what the source printed, so every output can disclose it and
 * analysis.R can redo it from the printed values.
 *
 * @param method  the conversion (or, for {@link Method#LEAST_SQUARES_MEAN} and {@link Method#CHANGE_FROM_BASELINE},
 *                what the numbers are)
 * @param printed the values as printed that the conversion starts from, by name ({@code n}, {@code median},
 *                {@code q1}, {@code q3}, {@code se}, {@code effect}, {@code lower}, {@code upper}, {@code level}),
 *                in that order
 * @param mean    the mean it gave, when it gives one
 * @param sd      the standard deviation it gave, when it gives one
 */
public record Derivation(Method method, Map<String, Double> printed, OptionalDouble mean, OptionalDouble sd) {

    /** A conversion with the paper or rule it follows. */
    public enum Method {
        /** Mean (Luo et al. 2018) and SD (Wan et al. 2014) from median and interquartile range. */
        MEDIAN_IQR("mean and SD from median and IQR", "Luo et al. 2018 for the mean, Wan et al. 2014 for the SD"),
        /** SD = SE x sqrt(n). */
        SE_TO_SD("SD = SE x sqrt(n)", "Cochrane Handbook 6.5.2.2"),
        /** SE from the confidence interval of the mean (t quantile under 60 participants), then SD = SE x sqrt(n). */
        CI_TO_SD("SD from the confidence interval of the mean (CI to SE, then SE x sqrt(n))",
                "Cochrane Handbook 6.5.2.2"),
        /**
         * A study's own estimate with its SE from the confidence interval, (upper - lower) / (2 z), on the log scale
         * for ratios.
         */
        CI_TO_SE("SE of the study's estimate from its confidence interval", "Cochrane Handbook 6.3.1"),
        /** The mean is a model-adjusted least-squares mean, not a raw one. */
        LEAST_SQUARES_MEAN("least-squares (model-adjusted) mean", "as posted"),
        /** The numbers are changes from baseline, not final values. */
        CHANGE_FROM_BASELINE("change from baseline", "Cochrane Handbook 10.5.2");

        private final String label;
        private final String source;

        Method(String label, String source) {
            this.label = label;
            this.source = source;
        }

        /** What was done, in a few words. */
        public String label() {
            return label;
        }

        /** The paper or rule it follows. */
        public String source() {
            return source;
        }

        /** Whether the method computes a number (rather than naming what the numbers are). */
        public boolean converts() {
            return this == MEDIAN_IQR || this == SE_TO_SD || this == CI_TO_SD || this == CI_TO_SE;
        }
    }

    /** Copies the printed values, keeping their order. */
    public Derivation {
        Objects.requireNonNull(method, "method");
        printed = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(printed));
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(sd, "sd");
    }

    /** A derivation that names what the numbers are and computes nothing. */
    public static Derivation disclosure(Method method) {
        return new Derivation(method, Map.of(), OptionalDouble.empty(), OptionalDouble.empty());
    }

    /** One line: the method, the printed values and the source, e.g. for a footnote. */
    public String describe() {
        StringBuilder b = new StringBuilder(method.label());
        if (!printed.isEmpty()) {
            b.append(" from ");
            printed.forEach((k, v) -> b.append(k).append(' ').append(plain(v)).append(", "));
            b.setLength(b.length() - 2);
        }
        return b.append(" (").append(method.source()).append(')').toString();
    }

    static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
