/**
 * Per-study data and effect sizes (metafor's {@code escalc}): the study records ({@link
 * org.evsyn.stats.effect.Study}), the measures, the continuity-correction options, and the
 * {@link org.evsyn.stats.effect.EffectSizeTable} that {@link org.evsyn.stats.Meta#escalc} returns, which lists the
 * studies without an effect size apart, with their reason.
 */
package org.evsyn.stats.effect;
