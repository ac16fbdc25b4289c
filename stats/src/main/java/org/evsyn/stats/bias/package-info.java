/**
 * Result records of the small-study analyses: Egger's regression test, Begg and Mazumdar's rank correlation
 * test, Duval and Tweedie's trim and fill (L0), and funnel-plot coordinates, as metafor's
 * {@code regtest(model = "lm")}, {@code ranktest()} and {@code trimfill()}.
 */
package org.evsyn.stats.bias;
