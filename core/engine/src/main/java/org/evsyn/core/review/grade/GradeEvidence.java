package org.evsyn.core.review.grade;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What a GRADE proposal for one outcome looks at, taken from its pooled analysis.
 *
 * @param k                   studies pooled
 * @param totalParticipants   participants in the pooled studies
 * @param ratioMeasure        whether the effect is a ratio analysed on the log scale (null effect 0 on that scale)
 * @param continuous          whether the outcome is continuous (MD/SMD)
 * @param ciLower             lower CI bound on the analysis scale
 * @param ciUpper             upper CI bound
 * @param piLower             lower prediction bound, when defined
 * @param piUpper             upper prediction bound, when defined
 * @param i2                  I² in percent
 * @param controlRisk         pooled control-arm risk for event outcomes, for the optimal information size
 * @param highRiskWeightShare share of the analysis weight from studies at high overall risk of bias; empty when
 *                            risk of bias was not assessed
 * @param concernWeightShare  share of weight from studies at some concerns or high
 * @param eggerPval           Egger test p-value, when computed
 */
public record GradeEvidence(int k, int totalParticipants, boolean ratioMeasure, boolean continuous,
                            double ciLower, double ciUpper, OptionalDouble piLower, OptionalDouble piUpper,
                            double i2, OptionalDouble controlRisk, OptionalDouble highRiskWeightShare,
                            OptionalDouble concernWeightShare, OptionalDouble eggerPval) {
    public GradeEvidence {
        Objects.requireNonNull(piLower, "piLower");
        Objects.requireNonNull(piUpper, "piUpper");
        Objects.requireNonNull(controlRisk, "controlRisk");
        Objects.requireNonNull(highRiskWeightShare, "highRiskWeightShare");
        Objects.requireNonNull(concernWeightShare, "concernWeightShare");
        Objects.requireNonNull(eggerPval, "eggerPval");
    }
}
