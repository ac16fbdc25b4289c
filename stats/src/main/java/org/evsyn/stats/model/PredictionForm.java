package org.evsyn.stats.model;

/** Which formula a prediction interval follows. */
public enum PredictionForm {
    /** metafor's {@code predict()}: θ ± z·√(se² + τ²), or t(k − 1) under Knapp–Hartung. */
    METAFOR("metafor predict(): normal quantile, t(k-1) under Knapp-Hartung"),
    /** The Cochrane Handbook's form (Higgins, Thompson and Spiegelhalter 2009): θ ± t(k − 2)·√(se² + τ²). */
    HANDBOOK("Cochrane Handbook (Higgins 2009): t(k-2) quantile");

    private final String description;

    PredictionForm(String description) {
        this.description = description;
    }

    /** The formula in words, for method statements and figure captions. */
    public String description() {
        return description;
    }
}
