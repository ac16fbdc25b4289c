package org.evsyn.core.review.team;

/**
 * How far screening is at one stage.
 *
 * @param records        records open at this stage
 * @param screenedByMe   of those, the ones the asking reviewer has voted on
 * @param remainingForMe the ones the asking reviewer has still to vote on
 * @param decided        records with a decision in force (agreed or resolved)
 * @param included       of those, included
 * @param conflicts      records waiting for a resolution
 */
public record Progress(int records, int screenedByMe, int remainingForMe, int decided, int included,
                       int conflicts) {
}
