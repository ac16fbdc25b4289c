package org.evsyn.core.review.team;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Objects;

import jakarta.inject.Inject;
import org.evsyn.core.review.plan.ReviewPlan;
import org.evsyn.core.review.plan.ReviewPlanReader;
import org.evsyn.core.review.ranking.RelevanceRanker;
import org.evsyn.core.review.run.ReviewRecords;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.ingest.IngestService;

/** Opens the team screening of a review folder on an open store. */
public final class TeamScreenings {

    private final ReviewPlanReader plans;
    private final IngestService ingest;

    /** The factory over these parts. */
    @Inject
    public TeamScreenings(ReviewPlanReader plans, IngestService ingest) {
        this.plans = Objects.requireNonNull(plans, "plans");
        this.ingest = Objects.requireNonNull(ingest, "ingest");
    }

    /**
     * The team screening of the review in {@code reviewDir} on {@code store}, which must hold the review's records
     * (run the review on it first); the store stays the caller's to close.
     *
     * @throws RuntimeException with a one-line message when the folder or its exports cannot be read, or the store
     *                          does not hold the records
     */
    public TeamScreening open(Path reviewDir, EvidenceStore store, RelevanceRanker ranker) {
        ReviewPlan plan = plans.read(reviewDir);
        return new ReviewTeamScreening(plan, ReviewRecords.read(plan, reviewDir, ingest, store), store, ranker,
                new SecureRandom());
    }
}
