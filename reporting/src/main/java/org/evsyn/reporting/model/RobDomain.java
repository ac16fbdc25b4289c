package org.evsyn.reporting.model;

/** The five RoB 2 domains for randomised trials. */
public enum RobDomain {
    /** Bias arising from the randomisation process. */
    D1("Bias arising from the randomisation process"),
    /** Bias due to deviations from intended interventions. */
    D2("Bias due to deviations from intended interventions"),
    /** Bias due to missing outcome data. */
    D3("Bias due to missing outcome data"),
    /** Bias in measurement of the outcome. */
    D4("Bias in measurement of the outcome"),
    /** Bias in selection of the reported result. */
    D5("Bias in selection of the reported result");

    private final String description;

    RobDomain(String description) {
        this.description = description;
    }

    /** The domain's full name. */
    public String description() {
        return description;
    }
}
