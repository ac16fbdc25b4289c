package org.evsyn.core.store;

import java.util.List;
import java.util.Optional;

import org.evsyn.core.review.screening.ScreeningVote;

/**
 * A review's screening team and its votes. Votes are only added: a reviewer's newer vote on the same record and stage
 * supersedes the older one (which stays, with the time it was superseded), and a resolution supersedes only an
 * earlier resolution of the same record and stage. Each write is one transaction, safe from many threads and
 * processes at once.
 */
public interface TeamScreeningRepository {

    /**
     * Adds a reviewer with the SHA-256 (hex) of their token.
     *
     * @throws IllegalArgumentException when the review already has a reviewer of that name
     */
    TeamReviewer addReviewer(String reviewId, String name, String tokenSha256);

    /** Replaces the token hash of a reviewer; empty when the review has no reviewer of that name. */
    Optional<TeamReviewer> renewToken(String reviewId, String name, String tokenSha256);

    /** The reviewer of the review whose token has this SHA-256 (hex), if any. */
    Optional<TeamReviewer> reviewerByToken(String reviewId, String tokenSha256);

    /** The review's reviewers, in the order they were added. */
    List<TeamReviewer> reviewers(String reviewId);

    /**
     * Stores a vote, superseding the reviewer's vote in force on the same record and stage (for a resolution: the
     * resolution in force). A request id the review has seen returns the vote it wrote and writes nothing.
     *
     * @throws IllegalArgumentException when the reviewer is not one of the review's, or the request id was used for
     *                                  another reviewer's vote
     */
    ScreeningVote vote(String reviewId, TeamVoteRequest request);

    /** Every vote of the review, superseded ones included, oldest first. */
    List<ScreeningVote> votes(String reviewId);

    /** Every vote on one record, superseded ones included, oldest first. */
    List<ScreeningVote> history(String reviewId, String recordKey);
}
