package org.evsyn.core.store;

import java.util.List;
import java.util.Optional;

/** Stored analysis runs; runs are only ever added, so a living review keeps its history. */
public interface AnalysisRunRepository {

    /** The newest run of one outcome of one review. */
    Optional<AnalysisRun> latest(String reviewId, String outcomeName);

    /** Every run of a review, oldest first. */
    List<AnalysisRun> all(String reviewId);

    /**
     * Stores a new run (in its own transaction) and returns it with its id and time.
     *
     * @throws StoreException when the store cannot be written
     */
    AnalysisRun add(String reviewId, String outcomeName, String specJson, String inputSha256, String softwareVersion,
                    String resultJson);
}
