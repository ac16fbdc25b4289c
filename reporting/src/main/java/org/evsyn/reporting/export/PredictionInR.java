package org.evsyn.reporting.export;

import org.evsyn.stats.model.PredictionForm;
import org.evsyn.stats.model.PredictionInterval;

/** The R that reproduces a prediction interval: metafor's predict(), or the Cochrane Handbook's t(k-2) form. */
final class PredictionInR {

    private PredictionInR() {
    }

    /** An expression with {@code $pi.lb} and {@code $pi.ub}, for the fitted rma object named {@code res}. */
    static String call(String res, PredictionInterval pi) {
        if (pi.form() != PredictionForm.HANDBOOK) {
            return "predict(" + res + ")";
        }
        // Higgins, Thompson & Spiegelhalter 2009: estimate +/- t(k-2) * sqrt(tau2 + se^2); metafor keeps alpha in $level.
        String half = "qt(1 - " + res + "$level / 2, " + res + "$k - 2) * sqrt(" + res + "$tau2 + " + res
                + "$se^2)";
        return "list(pi.lb = " + res + "$b[1] - " + half + ", pi.ub = " + res + "$b[1] + " + half + ")";
    }
}
