/**
 * Per-study effect sizes from arm-level or summary data (metafor's {@code escalc}): study records, the
 * continuity-correction options and the {@link org.evsyn.stats.internal.EffectSizes} result with its notes.
 */
package org.evsyn.stats.effect;
