package org.evsyn.core.store;

import java.util.List;

import org.evsyn.core.review.dedup.DuplicateGroup;
import org.evsyn.core.review.rob.Rob2Assessment;
import org.evsyn.core.review.screening.ScreeningDecision;

/**
 * What a review decided (screening, risk of bias, which records duplicate which, which records report which
 * study), kept in the store with its history. Saving the decisions a review's sheets hold makes them the
 * decisions in force: a decision that changed or is no longer made is superseded, never deleted, so the store
 * answers both "what is decided now" and "what was decided before". Each save is one transaction.
 */
public interface ReviewDecisionRepository {

    /**
     * Makes {@code decisions} the review's screening decisions in force.
     *
     * @throws IllegalArgumentException when one record is decided twice at the same stage
     */
    DecisionChanges saveScreening(String reviewId, List<ScreeningDecision> decisions);

    /** The screening decisions in force, in the order they were saved. */
    List<ScreeningDecision> screening(String reviewId);

    /**
     * Makes {@code assessments} the review's RoB 2 judgements in force: per study (and outcome), the domain
     * judgements with their support, the algorithm's proposal and the reviewers' override.
     *
     * @throws StoreException when an assessment names a study the store does not hold
     */
    DecisionChanges saveRiskOfBias(String reviewId, List<Rob2Assessment> assessments);

    /** The RoB 2 judgements in force, in the order they were saved. */
    List<Rob2Assessment> riskOfBias(String reviewId);

    /** Makes {@code groups} the review's duplicate links in force: each non-first record linked to the first. */
    DecisionChanges saveDuplicates(String reviewId, List<DuplicateGroup> groups);

    /** The duplicate groups in force, representative first. */
    List<DuplicateGroup> duplicates(String reviewId);

    /**
     * Links registrations and literature records to a study as reports of the same trial (kept; linking again
     * is harmless). Read them back through {@link StudyRepository#study(String)}.
     *
     * @return the number of links that were new
     * @throws StoreException when the store holds no study {@code studyKey}
     */
    int linkToStudy(String studyKey, List<String> trialIds, List<String> literatureKeys);
}
