/**
 * Simulated screening: a labelled review is screened in the order a {@link
 * org.evsyn.core.review.ranking.RelevanceRanker} proposes, each label revealed as its record is screened, and the
 * recall curve is summarised (WSS@95, RRF@10) beside random order. {@link
 * org.evsyn.core.review.ranking.simulation.ScreeningSimulation} is the front door.
 */
package org.evsyn.core.review.ranking.simulation;
