package org.evsyn.core.review.grade;

import org.evsyn.core.domain.Plurals;
import org.apache.commons.math3.distribution.NormalDistribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Proposes a GRADE certainty for one outcome of randomised trials from its pooled analysis. The rules are fixed
 * and documented (docs/review-format.md) so reviewers can see why; indirectness is theirs to rate, and any
 * proposal can be overridden with a reason.
 *
 * <ul>
 *   <li>Risk of bias: weight share of high-risk studies ≥ 50% → −2; ≥ 25%, or studies with some concerns or
 *       high risk together ≥ 50% → −1. Not assessed → not rated.</li>
 *   <li>Inconsistency (k ≥ 2): I² ≥ 75% → −2; I² ≥ 50% → −1; otherwise −1 when the prediction interval crosses the
 *       null while the confidence interval does not.</li>
 *   <li>Imprecision: −1 when the CI includes the null effect; −1 when the participants fall short of the optimal
 *       information size (events: two-arm sample size for a 25% relative risk reduction at the pooled control risk,
 *       α 0.05 two-sided, power 80%; continuous: 400, the GRADE rule of thumb); at most −2.</li>
 *   <li>Publication bias: with k ≥ 10, Egger p &lt; 0.10 → −1; fewer studies → not assessed.</li>
 *   <li>Not judged: when risk of bias was not assessed or the reviewers gave no indirectness rating, certainty is at
 *       most moderate.</li>
 * </ul>
 */
public final class GradeProposer {

    /** GRADE's rule-of-thumb optimal information size for continuous outcomes (Guyatt et al. 2011). */
    public static final int CONTINUOUS_OIS = 400;
    /** Relative risk reduction the event-outcome information size is planned for. */
    public static final double RRR = 0.25;

    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    /** The proposal for {@code outcome}; {@code indirectness} is the reviewers' judgement when they gave one. */
    public GradeAssessment propose(String outcome, GradeEvidence e, Optional<GradeJudgement> indirectness) {
        List<GradeRating> ratings = new ArrayList<>();
        ratings.add(riskOfBias(e));
        ratings.add(inconsistency(e));
        ratings.add(indirectness.map(j -> new GradeRating(GradeDomain.INDIRECTNESS, j.downgrade(), j.reason(), true))
                .orElse(new GradeRating(GradeDomain.INDIRECTNESS, 0, "not rated by the reviewers", false)));
        ratings.add(imprecision(e));
        ratings.add(publicationBias(e));
        int total = ratings.stream().mapToInt(GradeRating::downgrade).sum();
        Certainty certainty = Certainty.fromRandomisedTrials(total);
        // Evidence whose risk of bias or indirectness nobody judged cannot be rated high: unknown is not "no concern".
        boolean unjudged = ratings.stream().anyMatch(r -> !r.rated() && r.domain().needsJudgement());
        if (unjudged && certainty == Certainty.HIGH) {
            certainty = Certainty.MODERATE;
        }
        return new GradeAssessment(outcome, ratings, certainty, Optional.empty());
    }

    private static GradeRating riskOfBias(GradeEvidence e) {
        if (e.highRiskWeightShare().isEmpty()) {
            return new GradeRating(GradeDomain.RISK_OF_BIAS, 0, "not assessed (no risk-of-bias judgements recorded)", false);
        }
        double high = e.highRiskWeightShare().getAsDouble();
        double concern = e.concernWeightShare().orElse(high);
        String shares = String.format(Locale.ROOT, "%.0f%% of the weight from high-risk studies, %.0f%% from studies "
                + "with some concerns or high risk", 100 * high, 100 * concern);
        if (high >= 0.5) {
            return new GradeRating(GradeDomain.RISK_OF_BIAS, 2, shares, true);
        }
        if (high >= 0.25 || concern >= 0.5) {
            return new GradeRating(GradeDomain.RISK_OF_BIAS, 1, shares, true);
        }
        return new GradeRating(GradeDomain.RISK_OF_BIAS, 0, shares, true);
    }

    private static GradeRating inconsistency(GradeEvidence e) {
        if (e.k() < 2) {
            return new GradeRating(GradeDomain.INCONSISTENCY, 0, "single study: inconsistency cannot be judged", false);
        }
        boolean ciCrosses = e.ciLower() < 0 && e.ciUpper() > 0;
        boolean piCrosses = e.piLower().isPresent() && e.piUpper().isPresent()
                && e.piLower().getAsDouble() < 0 && e.piUpper().getAsDouble() > 0;
        if (!Double.isFinite(e.i2())) {
            // E.g. every study's variance is 0: Q and I² do not exist; the prediction interval may still speak.
            String na = "I² not applicable (heterogeneity cannot be quantified from these studies' variances)";
            return piCrosses && !ciCrosses
                    ? new GradeRating(GradeDomain.INCONSISTENCY, 1, na + "; the prediction interval includes no "
                            + "effect although the confidence interval does not", true)
                    : new GradeRating(GradeDomain.INCONSISTENCY, 0, na, false);
        }
        String i2 = String.format(Locale.ROOT, "I² = %.0f%%", e.i2());
        if (e.i2() >= 75) {
            return new GradeRating(GradeDomain.INCONSISTENCY, 2, i2 + " (considerable heterogeneity)", true);
        }
        if (e.i2() >= 50) {
            return new GradeRating(GradeDomain.INCONSISTENCY, 1, i2 + " (substantial heterogeneity)", true);
        }
        if (piCrosses && !ciCrosses) {
            return new GradeRating(GradeDomain.INCONSISTENCY, 1,
                    i2 + "; the prediction interval includes no effect although the confidence interval does not", true);
        }
        return new GradeRating(GradeDomain.INCONSISTENCY, 0, i2, true);
    }

    private static GradeRating imprecision(GradeEvidence e) {
        List<String> why = new ArrayList<>();
        int down = 0;
        if (e.ciLower() <= 0 && e.ciUpper() >= 0) {
            down++;
            why.add("the confidence interval includes no effect");
        }
        Optional<Integer> ois = optimalInformationSize(e);
        if (ois.isPresent() && e.totalParticipants() < ois.get()) {
            down++;
            why.add(e.totalParticipants() + " participants, fewer than the optimal information size of " + ois.get());
        }
        if (why.isEmpty()) {
            why.add(ois.map(o -> e.totalParticipants() + " participants (optimal information size " + o + ")")
                    .orElse("the confidence interval excludes no effect"));
        }
        return new GradeRating(GradeDomain.IMPRECISION, Math.min(2, down), String.join("; ", why), true);
    }

    private static GradeRating publicationBias(GradeEvidence e) {
        if (e.k() < 10 || e.eggerPval().isEmpty()) {
            return new GradeRating(GradeDomain.PUBLICATION_BIAS, 0,
                    "not assessed (" + Plurals.of(e.k(), "study", "studies") + "; small-study tests need at least 10)", false);
        }
        double p = e.eggerPval().getAsDouble();
        String text = String.format(Locale.ROOT, "Egger test P = %.3f", p);
        return p < 0.10 ? new GradeRating(GradeDomain.PUBLICATION_BIAS, 1, text + " (suggests small-study effects)", true)
                : new GradeRating(GradeDomain.PUBLICATION_BIAS, 0, text, true);
    }

    /** Participants needed in both arms together; empty when it cannot be computed (no control risk). */
    static Optional<Integer> optimalInformationSize(GradeEvidence e) {
        if (e.continuous()) {
            return Optional.of(CONTINUOUS_OIS);
        }
        if (e.controlRisk().isEmpty()) {
            return Optional.empty();
        }
        double pc = e.controlRisk().getAsDouble();
        if (!(pc > 0 && pc < 1)) {
            return Optional.empty();
        }
        double pt = pc * (1 - RRR);
        double z = NORMAL.inverseCumulativeProbability(0.975) + NORMAL.inverseCumulativeProbability(0.80);
        double perArm = z * z * (pc * (1 - pc) + pt * (1 - pt)) / Math.pow(pc - pt, 2);
        return Optional.of(2 * (int) Math.ceil(perArm));
    }
}
