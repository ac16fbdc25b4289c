/**
 * The front door of the statistics library, in metafor's grammar: {@link org.evsyn.stats.Meta} computes effect
 * sizes ({@code escalc}) and fits models ({@code rma}, {@code rma.mh}, {@code rma.peto}); the fits
 * ({@link org.evsyn.stats.RmaFit}, {@link org.evsyn.stats.MhPetoFit}) carry the pooled numbers and metafor's
 * follow-up methods. See docs/library.md for a worked example.
 */
package org.evsyn.stats;
