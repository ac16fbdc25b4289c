package org.evsyn.core.review.run;

/** What a review run may do to the store. */
public enum ReviewMode {
    /** Ingest the review's files and record the analysis runs whose inputs changed ({@code evsyn run}). */
    RUN,
    /** Only read the store, which must already hold the review; the exports are read, not stored ({@code evsyn report}). */
    REPORT
}
