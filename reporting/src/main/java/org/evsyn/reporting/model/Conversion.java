package org.evsyn.reporting.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How one arm's numbers in a study row were derived from what the source printed: shown as a footnote mark in the
 * forest plot, listed in the Methods paragraph and results.json, and redone by analysis.R from the printed values.
 *
 * @param arm     "experimental" or "control"
 * @param method  the method's name ({@code MEDIAN_IQR}, {@code SE_TO_SD}, {@code CI_TO_SD},
 *                {@code LEAST_SQUARES_MEAN}, {@code CHANGE_FROM_BASELINE})
 * @param label   what was done, in a few words
 * @param source  the paper or rule it follows
 * @param printed the values as printed it starts from, by name ({@code n}, {@code median}, {@code q1}, {@code q3},
 *                {@code se}, {@code lower}, {@code upper}, {@code level})
 * @param mean    the mean it gave, when it gives one
 * @param sd      the SD it gave, when it gives one
 */
public record Conversion(String arm, String method, String label, String source, Map<String, Double> printed,
                         OptionalDouble mean, OptionalDouble sd) {

    /** Requires every part; keeps the printed values' order. */
    public Conversion {
        Checks.text(arm, "arm");
        Checks.text(method, "method");
        Checks.text(label, "label");
        Checks.text(source, "source");
        printed = Collections.unmodifiableMap(new LinkedHashMap<>(printed));
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(sd, "sd");
    }
}
