package org.evsyn.stats.network;

/**
 * A treatment's P-score (Rücker &amp; Schwarzer 2015): the mean certainty that it is better than another treatment.
 *
 * @param treatment the treatment
 * @param score     P-score in [0, 1]
 */
public record TreatmentScore(String treatment, double score) {
}
