package org.evsyn.reporting.model;

/**
 * A number of records or reports excluded for one reason.
 *
 * @param reason the exclusion reason as the reviewers worded it
 * @param count  how many were excluded for it
 */
public record ReasonCount(String reason, int count) {

    /** Requires a reason and a non-negative count. */
    public ReasonCount {
        Checks.text(reason, "reason");
        Checks.count(count, "count");
    }
}
