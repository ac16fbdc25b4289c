package org.evsyn.reporting.model;

/**
 * A trial that could not contribute to an outcome, and why.
 *
 * @param study   study label
 * @param outcome outcome name
 * @param reason  why the data are missing (e.g. "outcome reported only as median and range")
 */
public record MissingData(String study, String outcome, String reason) {

    /** Requires all three texts. */
    public MissingData {
        Checks.text(study, "study");
        Checks.text(outcome, "outcome");
        Checks.text(reason, "reason");
    }
}
