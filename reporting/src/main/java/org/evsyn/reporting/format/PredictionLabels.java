package org.evsyn.reporting.format;

import org.evsyn.stats.model.PredictionForm;
import org.evsyn.stats.model.PredictionInterval;

/** Names the formula behind a prediction interval, so a reader can tell metafor's from the Handbook's. */
public final class PredictionLabels {

    private PredictionLabels() {
    }

    /** "Cochrane Handbook, t with k-2 df", "metafor predict(), t with k-1 df" or "metafor predict(), normal quantile". */
    public static String of(PredictionInterval pi) {
        if (pi.form() == PredictionForm.HANDBOOK) {
            return "Cochrane Handbook, t with k-2 df";
        }
        return pi.df() > 0 ? "metafor predict(), t with k-1 df" : "metafor predict(), normal quantile";
    }

    /** The sentence of the statistical methods. */
    public static String method(PredictionInterval pi) {
        return pi.form() == PredictionForm.HANDBOOK
                ? "they follow the Cochrane Handbook (Higgins et al. 2009): estimate \u00B1 t(k-2) \u00D7 "
                        + "sqrt(tau\u00B2 + SE\u00B2), and are given from three studies on"
                : "they follow metafor's predict(): estimate \u00B1 z (t(k-1) under Knapp-Hartung) \u00D7 "
                        + "sqrt(tau\u00B2 + SE\u00B2), and are given from three studies on";
    }
}
