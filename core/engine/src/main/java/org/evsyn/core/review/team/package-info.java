/**
 * Team screening: reviewers, blinded votes, conflicts and their resolution, the active-learning queue and the
 * PRISMA counts that follow from the decisions. {@link org.evsyn.core.review.team.TeamScreening} is the front door.
 */
package org.evsyn.core.review.team;
