package org.evsyn.stats.effect;

/**
 * One study as {@link org.evsyn.stats.Meta#escalc} reads it: a two-arm 2×2 table, two arms' means and standard
 * deviations, or an effect size given directly with its sampling variance.
 */
public sealed interface Study permits BinaryStudy, ContinuousStudy, GenericStudy {

    /**
     * The study's label, unique within an analysis.
     *
     * @return the label
     */
    String label();
}
