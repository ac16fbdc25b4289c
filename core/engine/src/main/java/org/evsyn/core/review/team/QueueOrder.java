package org.evsyn.core.review.team;

/**
 * The order in which records are offered: ranked by the active-learning model trained on the decisions so far,
 * or a seeded random order (for the first records, and for blinded checks of the ranking).
 */
public enum QueueOrder { RANKED, RANDOM }
