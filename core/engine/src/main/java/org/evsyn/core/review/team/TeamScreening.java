package org.evsyn.core.review.team;

import java.util.List;
import java.util.Optional;

import org.evsyn.core.review.screening.PrismaCounts;
import org.evsyn.core.review.screening.ScreeningDecision.Stage;

/**
 * One review screened by a team on a shared store: reviewers sign in with a token, vote blind on each record
 * (title/abstract, then full text for the records included there), resolve conflicts, and every vote keeps its
 * history. This is the only way the screening app writes; each call is one store transaction and safe to call
 * from many threads and processes at once.
 */
public interface TeamScreening {

    /**
     * Adds a reviewer and returns the token they sign in with; only its hash is stored, so the token is shown
     * once.
     *
     * @throws IllegalArgumentException when the review already has a reviewer of that name
     */
    ReviewerToken addReviewer(String name);

    /** A new token for an existing reviewer; the old one stops working. */
    ReviewerToken renewToken(String name);

    /** The reviewer a token belongs to, or empty when it belongs to none. */
    Optional<Reviewer> signIn(String token);

    /** The review's reviewers, in the order they were added. */
    List<Reviewer> reviewers();

    /** The record with this key, as the screening page shows it. */
    Optional<ScreeningRecord> record(String recordKey);

    /**
     * The records {@code who} still has to screen at {@code stage}, in the order {@code order} proposes (at full
     * text: the records included on title/abstract).
     */
    List<ScreeningRecord> queue(Reviewer who, Stage stage, QueueOrder order, int limit);

    /**
     * Records {@code who}'s vote. A second vote by the same reviewer on the same record and stage supersedes the
     * first; a request id seen before returns the vote it made without writing again.
     *
     * @throws IllegalArgumentException when the record is not one of the review's, the stage is not open for it,
     *                                  or a full-text exclusion has no reason from the review's list
     */
    Vote decide(Reviewer who, DecisionRequest request);

    /**
     * Settles a conflict (votes that disagree) with a final verdict; any reviewer may resolve, the pair or a third
     * person.
     *
     * @throws IllegalArgumentException when the record has no open conflict at that stage
     */
    Vote resolve(Reviewer who, DecisionRequest request);

    /**
     * The votes on a record that {@code who} may see: their own always; the others' only once the record has been
     * screened by as many reviewers as the review asks for (blinding).
     */
    List<Vote> visibleVotes(Reviewer who, String recordKey, Stage stage);

    /** Records whose votes disagree and have not been resolved, at {@code stage}. */
    List<Conflict> conflicts(Stage stage);

    /** Every vote ever cast on a record, superseded ones included, oldest first. */
    List<Vote> history(String recordKey);

    /** How far {@code who} and the team are at {@code stage}. */
    Progress progress(Reviewer who, Stage stage);

    /** An estimate of the relevant records not yet found at {@code stage}, from the ranking model. */
    StoppingHint stoppingHint(Stage stage);

    /** The PRISMA 2020 counts from the decisions in force (agreed or resolved votes). */
    PrismaCounts prisma();
}
