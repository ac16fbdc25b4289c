package org.evsyn.core.review.grade;

import org.evsyn.core.review.plan.ReviewPlan;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

class GradeProposerTest {

    private final GradeProposer proposer = new GradeProposer();

    private static final Optional<GradeJudgement> DIRECT = Optional.of(new GradeJudgement(0, "the question's population"));

    private static GradeEvidence evidence(int k, int n, double lo, double hi, double i2, OptionalDouble highShare,
                                          OptionalDouble egger) {
        return new GradeEvidence(k, n, true, false, lo, hi, OptionalDouble.empty(), OptionalDouble.empty(), i2,
                OptionalDouble.of(0.2), highShare, highShare, egger);
    }

    @Test
    void preciseConsistentLowRiskEvidenceStaysHigh() {
        GradeAssessment a = proposer.propose("death",
                evidence(12, 5000, -0.5, -0.1, 10, OptionalDouble.of(0), OptionalDouble.of(0.6)), DIRECT);
        assertThat(a.proposed()).isEqualTo(Certainty.HIGH);
        assertThat(a.downgradeReasons()).isEmpty();
        assertThat(a.notJudged()).isEmpty();
    }

    @Test
    void riskOfBiasNotAssessedCapsCertaintyAtModerateAndSaysSo() {
        GradeAssessment a = proposer.propose("death",
                evidence(12, 5000, -0.5, -0.1, 10, OptionalDouble.empty(), OptionalDouble.of(0.6)), DIRECT);
        assertThat(a.proposed()).isEqualTo(Certainty.MODERATE);
        assertThat(a.notJudged()).extracting(GradeRating::domain).containsExactly(GradeDomain.RISK_OF_BIAS);
        assertThat(a.footnotes()).anyMatch(f -> f.startsWith("Risk of bias: not assessed")
                && f.contains("at most moderate"));
    }

    @Test
    void indirectnessNotRatedAlsoCapsButALowerCertaintyStaysAndIsFootnoted() {
        GradeAssessment high = proposer.propose("death",
                evidence(12, 5000, -0.5, -0.1, 10, OptionalDouble.of(0), OptionalDouble.of(0.6)), Optional.empty());
        assertThat(high.proposed()).isEqualTo(Certainty.MODERATE);
        GradeAssessment low = proposer.propose("death",
                evidence(2, 258, -0.6, 0.3, 0, OptionalDouble.empty(), OptionalDouble.empty()), DIRECT);
        assertThat(low.proposed()).isEqualTo(Certainty.LOW);
        assertThat(low.footnotes()).anyMatch(f -> f.startsWith("Risk of bias: not assessed"));
    }

    @Test
    void publicationBiasNotAssessableWithFewStudiesDoesNotCap() {
        GradeAssessment a = proposer.propose("death",
                evidence(5, 5000, -0.5, -0.1, 10, OptionalDouble.of(0), OptionalDouble.empty()), DIRECT);
        assertThat(a.proposed()).isEqualTo(Certainty.HIGH);
        assertThat(a.footnotes()).anyMatch(f -> f.startsWith("Publication bias: not assessed")
                && !f.contains("at most"));
    }

    @Test
    void confidenceIntervalThroughNoEffectAndSmallSampleDowngradeTwiceForImprecision() {
        GradeAssessment a = proposer.propose("death",
                evidence(2, 258, -0.6, 0.3, 0, OptionalDouble.of(0), OptionalDouble.empty()), Optional.empty());
        GradeRating imprecision = a.ratings().get(3);
        assertThat(imprecision.domain()).isEqualTo(GradeDomain.IMPRECISION);
        assertThat(imprecision.downgrade()).isEqualTo(2);
        assertThat(a.proposed()).isEqualTo(Certainty.LOW);
    }

    @Test
    void optimalInformationSizeForEventsFollowsTheTwoProportionFormula() {
        // Control risk 20%, 25% relative reduction (15%), alpha 0.05 two-sided, power 80%:
        // (1.959964 + 0.841621)^2 * (0.2*0.8 + 0.15*0.85) / 0.05^2 = 902.6 per arm (R: z <- qnorm(0.975) + qnorm(0.8); z^2 * (0.2*0.8 + 0.15*0.85) / 0.05^2) -> 903 * 2 = 1806.
        GradeEvidence e = evidence(5, 100, -1, 1, 0, OptionalDouble.empty(), OptionalDouble.empty());
        assertThat(GradeProposer.optimalInformationSize(e)).contains(1806);
    }

    @Test
    void considerableHeterogeneityDowngradesTwice() {
        GradeAssessment a = proposer.propose("mrs",
                evidence(8, 5000, -0.9, -0.2, 80, OptionalDouble.of(0), OptionalDouble.empty()), Optional.empty());
        assertThat(a.ratings().get(1).downgrade()).isEqualTo(2);
    }

    @Test
    void mostWeightFromHighRiskStudiesDowngradesTwiceForRiskOfBias() {
        GradeAssessment a = proposer.propose("mrs",
                evidence(8, 5000, -0.9, -0.2, 0, OptionalDouble.of(0.6), OptionalDouble.empty()), Optional.empty());
        assertThat(a.ratings().get(0).downgrade()).isEqualTo(2);
    }

    @Test
    void riskOfBiasNotAssessedIsSaidAndNotRated() {
        GradeAssessment a = proposer.propose("mrs",
                evidence(8, 5000, -0.9, -0.2, 0, OptionalDouble.empty(), OptionalDouble.empty()), Optional.empty());
        assertThat(a.ratings().get(0).rated()).isFalse();
        assertThat(a.ratings().get(0).reason()).contains("not assessed");
    }

    @Test
    void publicationBiasNeedsTenStudies() {
        GradeAssessment few = proposer.propose("x",
                evidence(9, 5000, -0.9, -0.2, 0, OptionalDouble.of(0), OptionalDouble.of(0.01)), Optional.empty());
        assertThat(few.ratings().get(4).downgrade()).isZero();
        GradeAssessment many = proposer.propose("x",
                evidence(10, 5000, -0.9, -0.2, 0, OptionalDouble.of(0), OptionalDouble.of(0.01)), Optional.empty());
        assertThat(many.ratings().get(4).downgrade()).isEqualTo(1);
    }

    @Test
    void reviewersIndirectnessCountsAndCertaintyNeverFallsBelowVeryLow() {
        GradeAssessment a = proposer.propose("x",
                evidence(1, 30, -2, 2, 0, OptionalDouble.of(1), OptionalDouble.empty()),
                Optional.of(new GradeJudgement(2, "surrogate population")));
        assertThat(a.ratings().get(2).downgrade()).isEqualTo(2);
        assertThat(a.proposed()).isEqualTo(Certainty.VERY_LOW);
    }

    @Test
    void anUndefinedISquaredIsNotApplicableAndLeftToTheReviewers() {
        GradeAssessment a = proposer.propose("nihss",
                evidence(2, 40, -3.9, -0.1, Double.NaN, OptionalDouble.of(0), OptionalDouble.empty()), Optional.empty());
        GradeRating inconsistency = a.ratings().stream().filter(r -> r.domain() == GradeDomain.INCONSISTENCY)
                .findFirst().orElseThrow();
        assertThat(inconsistency.reason()).startsWith("I² not applicable").doesNotContain("NaN");
        assertThat(inconsistency.rated()).isFalse();
        assertThat(inconsistency.downgrade()).isZero();
    }

    @Test
    void anUndefinedISquaredStillLetsThePredictionIntervalDowngrade() {
        GradeEvidence e = new GradeEvidence(2, 40, true, false, -3.9, -0.1, OptionalDouble.of(-5.4),
                OptionalDouble.of(1.4), Double.NaN, OptionalDouble.of(0.2), OptionalDouble.of(0), OptionalDouble.of(0),
                OptionalDouble.empty());
        GradeRating inconsistency = proposer.propose("nihss", e, Optional.empty()).ratings().stream()
                .filter(r -> r.domain() == GradeDomain.INCONSISTENCY).findFirst().orElseThrow();
        assertThat(inconsistency.downgrade()).isEqualTo(1);
        assertThat(inconsistency.reason()).startsWith("I² not applicable").contains("prediction interval");
    }
}
