package org.evsyn.reporting.format;

import org.evsyn.reporting.model.ReportMeasure;
import org.evsyn.stats.effect.EffectMeasure;

/** Display names and scale conversion of effect measures. */
public final class Measures {

    private Measures() {
    }

    /** The measure's full name as forest plots print it, e.g. "Risk Ratio"; "Ratio" for generic ratios. */
    public static String name(ReportMeasure measure) {
        return measure.measure() == EffectMeasure.GENERIC && measure.isRatio() ? "Ratio" : name(measure.measure());
    }

    /** The measure's abbreviation, e.g. "RR"; "Ratio" for generic ratios. */
    public static String abbreviation(ReportMeasure measure) {
        return measure.measure() == EffectMeasure.GENERIC && measure.isRatio() ? "Ratio"
                : abbreviation(measure.measure());
    }

    /** The value of no effect on the display scale: 1 for ratios, 0 otherwise. */
    public static double nullValue(ReportMeasure measure) {
        return measure.isRatio() ? 1 : 0;
    }

    /** Converts an analysis-scale value (log for ratios) to the display scale. */
    public static double display(ReportMeasure measure, double analysisValue) {
        return measure.isRatio() ? Math.exp(analysisValue) : analysisValue;
    }

    /** "0.49 [0.34, 0.70]" on the display scale. */
    public static String effectWithCi(ReportMeasure measure, double estimate, double lower, double upper) {
        return Numbers.two(display(measure, estimate)) + " [" + Numbers.two(display(measure, lower)) + ", "
                + Numbers.two(display(measure, upper)) + "]";
    }

    /** The measure's full name as forest plots print it, e.g. "Risk Ratio". */
    public static String name(EffectMeasure measure) {
        return switch (measure) {
            case MD -> "Mean Difference";
            case SMD -> "Std. Mean Difference";
            case RR -> "Risk Ratio";
            case OR -> "Odds Ratio";
            case RD -> "Risk Difference";
            case PETO -> "Peto Odds Ratio";
            case GENERIC -> "Effect";
        };
    }

    /** The measure's abbreviation, e.g. "RR". */
    public static String abbreviation(EffectMeasure measure) {
        return measure == EffectMeasure.PETO ? "Peto OR" : measure.name();
    }

    /** The value of no effect on the display scale: 1 for ratios, 0 otherwise. */
    public static double nullValue(EffectMeasure measure) {
        return nullValue(ReportMeasure.of(measure));
    }

    /** Converts an analysis-scale value (log for ratios) to the display scale. */
    public static double display(EffectMeasure measure, double analysisValue) {
        return display(ReportMeasure.of(measure), analysisValue);
    }

    /** "0.49 [0.34, 0.70]" on the display scale. */
    public static String effectWithCi(EffectMeasure measure, double estimate, double lower, double upper) {
        return effectWithCi(ReportMeasure.of(measure), estimate, lower, upper);
    }
}
