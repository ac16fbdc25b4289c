package org.evsyn.stats.network;

import org.evsyn.stats.model.ChiSquareTest;

/**
 * Heterogeneity within one design (the set of treatments compared in a study).
 *
 * @param design the design: its treatments in the fit's treatment order, joined by ':'
 * @param q      Q within the design, df = its contrasts − (its treatments − 1)
 */
public record DesignQ(String design, ChiSquareTest q) {
}
