package org.evsyn.stats.network;

/**
 * One within-study contrast as analysed: {@code treatment} versus the study's baseline arm.
 *
 * @param study     study label
 * @param treatment the non-baseline arm's treatment
 * @param baseline  the baseline arm's treatment (the reference if the study has it, else its first arm)
 * @param yi        the contrast (log scale for ratios)
 * @param vi        its sampling variance
 */
public record NetworkContrast(String study, String treatment, String baseline, double yi, double vi) {
}
