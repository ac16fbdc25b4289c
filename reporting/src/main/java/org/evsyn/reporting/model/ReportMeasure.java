package org.evsyn.reporting.model;

import org.evsyn.stats.effect.EffectMeasure;

import java.util.Objects;

/**
 * The effect measure as a report shows it: the stats measure, and whether its values are logs of ratios shown back
 * as ratios. That follows from the measure (RR, OR, PETO), except for GENERIC, whose study-level estimates may be
 * ratios (hazard ratios, pooled as logs) or differences.
 *
 * @param measure the stats measure the analysis used
 * @param ratio   true when values are on the log scale and shown with exp()
 */
public record ReportMeasure(EffectMeasure measure, boolean ratio) {

    /** Requires a measure; only GENERIC may differ from the measure's own scale. */
    public ReportMeasure {
        Objects.requireNonNull(measure, "measure");
        if (measure != EffectMeasure.GENERIC && ratio != measure.isRatio()) {
            throw new IllegalArgumentException(measure + " is " + (measure.isRatio() ? "" : "not ") + "a ratio");
        }
    }

    /** A measure on its own scale (GENERIC as differences). */
    public static ReportMeasure of(EffectMeasure measure) {
        return new ReportMeasure(measure, measure.isRatio());
    }

    /** True for values analysed as logs and shown as ratios. */
    public boolean isRatio() {
        return ratio;
    }

    /** True for the measures computed from 2×2 tables. */
    public boolean isBinary() {
        return measure.isBinary();
    }
}
