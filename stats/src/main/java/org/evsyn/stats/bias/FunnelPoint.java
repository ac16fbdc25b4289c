package org.evsyn.stats.bias;

/**
 * One point of a funnel plot.
 *
 * @param yi     effect size (x axis)
 * @param se     standard error √vᵢ (y axis, drawn inverted)
 * @param filled true for a study imputed by trim and fill
 */
public record FunnelPoint(double yi, double se, boolean filled) {
}
