package org.evsyn.reporting.model;

/**
 * A plain statement about one outcome that the report must show: an analysis that could not be done and why, or
 * what changed since the previous run of a living review.
 *
 * @param outcome the outcome's display name
 * @param text    the statement
 */
public record ReportNote(String outcome, String text) {
    public ReportNote {
        Checks.text(outcome, "outcome");
        Checks.text(text, "text");
    }
}
