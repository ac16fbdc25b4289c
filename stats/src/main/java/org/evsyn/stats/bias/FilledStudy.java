package org.evsyn.stats.bias;

/**
 * A study imputed by trim and fill: the mirror image 2θ − yⱼ of an extreme study, with that study's variance.
 *
 * @param yi imputed effect size
 * @param vi sampling variance (copied from the mirrored study)
 */
public record FilledStudy(double yi, double vi) {
}
