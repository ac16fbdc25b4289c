package org.evsyn.core.review.plan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A review's protocol as {@code review.json} states it: the question, where evidence came from, what to analyse
 * and how. Read and validated by {@link ReviewPlanReader}.
 *
 * @param id            short id (letters, digits, dashes), used to key analysis runs
 * @param title         the review's title
 * @param question      PICO(S)
 * @param eligibility   eligibility criteria in words
 * @param sources       sources searched, with dates and export files
 * @param files         extraction, screening and risk-of-bias files
 * @param outcomes      outcomes to analyse, in report order
 * @param model         default model
 * @param subgroups     study attributes to analyse subgroups by (see {@link #SUBGROUP_KEYS})
 * @param sensitivity   sensitivity analyses
 * @param moderators    study attributes for meta-regression (see {@link #MODERATOR_KEYS})
 * @param multiArm      how multi-arm trials enter pairwise analyses
 * @param indirectness  the reviewers' GRADE indirectness judgement per outcome name (levels to downgrade, 0-2,
 *                      with the reason); outcomes not listed are "not rated"
 * @param gradeOverrides the reviewers' own certainty per outcome name, replacing the proposal (both are kept)
 */
public record ReviewPlan(
        String id,
        String title,
        Pico question,
        List<String> eligibility,
        List<SearchSource> sources,
        ReviewFiles files,
        List<OutcomePlan> outcomes,
        ModelPlan model,
        List<String> subgroups,
        Set<Sensitivity> sensitivity,
        List<String> moderators,
        MultiArmRule multiArm,
        java.util.Map<String, GradeJudgement> indirectness,
        java.util.Map<String, org.evsyn.core.review.grade.GradeAssessment.Override> gradeOverrides) {

    /** Study attributes a subgroup analysis can use. */
    public static final List<String> SUBGROUP_KEYS = List.of("route", "stage", "cell_source", "cell_type");
    /** Study attributes meta-regression can use. */
    public static final List<String> MODERATOR_KEYS = List.of("dose_cells_per_kg", "year", "followup_months",
            "timing_days");

    public ReviewPlan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(question, "question");
        eligibility = List.copyOf(eligibility);
        sources = List.copyOf(sources);
        Objects.requireNonNull(files, "files");
        outcomes = List.copyOf(outcomes);
        Objects.requireNonNull(model, "model");
        subgroups = List.copyOf(subgroups);
        sensitivity = Set.copyOf(sensitivity);
        moderators = List.copyOf(moderators);
        Objects.requireNonNull(multiArm, "multiArm");
        indirectness = java.util.Map.copyOf(indirectness);
        gradeOverrides = java.util.Map.copyOf(gradeOverrides);
        for (OutcomePlan o : outcomes) {
            modelFor(o, model).problemWith(o.measure()).ifPresent(p -> {
                throw new IllegalArgumentException("outcome " + o.name() + ": " + p);
            });
        }
    }

    /**
     * The model {@code outcome} is pooled with: its own when it has one; else Peto's method for the PETO measure
     * when the review's model is inverse-variance (as metafor's {@code rma.peto}); else the review's model.
     */
    public ModelPlan modelFor(OutcomePlan outcome) {
        return modelFor(outcome, model);
    }

    // Static, as the compact constructor checks every outcome before the fields are assigned.
    private static ModelPlan modelFor(OutcomePlan outcome, ModelPlan model) {
        if (outcome.model().isPresent()) {
            return outcome.model().get();
        }
        if (outcome.measure().equals("PETO") && model.method().isInverseVariance()) {
            return new ModelPlan(org.evsyn.stats.analysis.AnalysisMethod.PETO, org.evsyn.stats.TestMethod.Z,
                    model.level());
        }
        return model;
    }

    /** The outcome plan that a source's outcome name means, if any. */
    public Optional<OutcomePlan> outcomeFor(String sourceName) {
        return outcomes.stream().filter(o -> o.matches(sourceName)).findFirst();
    }

    /**
     * A reviewer's GRADE judgement for one domain.
     *
     * @param downgrade levels to downgrade, 0 to 2
     * @param reason    why
     */
    public record GradeJudgement(int downgrade, String reason) {
        public GradeJudgement {
            if (downgrade < 0 || downgrade > 2) {
                throw new IllegalArgumentException("downgrade must be 0, 1 or 2, got " + downgrade);
            }
            Objects.requireNonNull(reason, "reason");
        }
    }
}
