package org.evsyn.core.store;

import java.util.Objects;

/**
 * One stored analysis of one review outcome: what was asked, of which inputs, by which software, and the result.
 *
 * @param id              row id, used in reports to cite the run
 * @param reviewId        the review's id (from its plan)
 * @param outcomeName     the planned outcome's name
 * @param specJson        the analysis specification (model, options, plan entry) as JSON
 * @param inputSha256     hash of every input of the analysis; equal hashes mean an unchanged analysis
 * @param softwareVersion evsyn version that ran it
 * @param resultJson      the result as JSON
 * @param createdAt       when it ran (ISO-8601, UTC)
 */
public record AnalysisRun(long id, String reviewId, String outcomeName, String specJson, String inputSha256,
                          String softwareVersion, String resultJson, String createdAt) {
    public AnalysisRun {
        Objects.requireNonNull(reviewId, "reviewId");
        Objects.requireNonNull(outcomeName, "outcomeName");
        Objects.requireNonNull(specJson, "specJson");
        Objects.requireNonNull(inputSha256, "inputSha256");
        Objects.requireNonNull(softwareVersion, "softwareVersion");
        Objects.requireNonNull(resultJson, "resultJson");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
