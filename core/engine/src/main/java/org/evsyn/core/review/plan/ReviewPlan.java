package org.evsyn.core.review.plan;

import org.evsyn.core.review.grade.GradeJudgement;

import org.evsyn.core.review.attributes.AttributeDef;
import org.evsyn.core.review.attributes.AttributeType;

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
 * @param subgroups     categorical attributes to analyse subgroups by (names in {@code attributes})
 * @param sensitivity   sensitivity analyses
 * @param moderators    numeric attributes for meta-regression (names in {@code attributes})
 * @param multiArm      how multi-arm trials enter pairwise analyses
 * @param indirectness  the reviewers' GRADE indirectness judgement per outcome name (levels to downgrade, 0-2,
 *                      with the reason); outcomes not listed are "not rated"
 * @param gradeOverrides the reviewers' own certainty per outcome name, replacing the proposal (both are kept)
 * @param packs         the attribute packs the plan enables, by name
 * @param attributes    every attribute the plan can use: the general ones, those of its packs (with the plan's own
 *                      label and vocabulary where it refines them) and those it declares
 * @param baselineRisk  the declared baseline (assumed control) risk per event outcome name, a proportion, for the
 *                      summary of findings; outcomes not listed take the median risk of their control arms
 * @param doseResponse  declared dose-response meta-regressions, in report order
 * @param organClasses  adverse events pooled by system organ class, when declared
 * @param beyondPairwise network meta-analyses and trial sequential analysis settings
 * @param screening     how the team screens ({@link ScreeningPlan#DEFAULT} when review.json says nothing)
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
        java.util.Map<String, org.evsyn.core.review.grade.GradeAssessment.Override> gradeOverrides,
        List<String> packs,
        List<AttributeDef> attributes,
        java.util.Map<String, Double> baselineRisk,
        List<DoseResponsePlan> doseResponse,
        Optional<OrganClassPlan> organClasses,
        NetworkAndTsaPlans beyondPairwise,
        ScreeningPlan screening) {

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
        packs = List.copyOf(packs);
        attributes = List.copyOf(attributes);
        baselineRisk = java.util.Map.copyOf(baselineRisk);
        doseResponse = List.copyOf(doseResponse);
        Objects.requireNonNull(organClasses, "organClasses");
        Objects.requireNonNull(beyondPairwise, "beyondPairwise");
        Objects.requireNonNull(screening, "screening");
        for (String s : subgroups) {
            requireAttribute(attributes, s, AttributeType.CATEGORICAL);
        }
        for (String m : moderators) {
            requireAttribute(attributes, m, AttributeType.NUMERIC);
        }
        for (OutcomePlan o : outcomes) {
            modelFor(o, model).problemWith(o.measure()).ifPresent(p -> {
                throw new IllegalArgumentException("outcome " + o.name() + ": " + p);
            });
        }
    }

    /** A plan with no analysis beyond the pairwise ones. */
    public ReviewPlan(String id, String title, Pico question, List<String> eligibility, List<SearchSource> sources,
                      ReviewFiles files, List<OutcomePlan> outcomes, ModelPlan model, List<String> subgroups,
                      Set<Sensitivity> sensitivity, List<String> moderators, MultiArmRule multiArm,
                      java.util.Map<String, GradeJudgement> indirectness,
                      java.util.Map<String, org.evsyn.core.review.grade.GradeAssessment.Override> gradeOverrides,
                      List<String> packs, List<AttributeDef> attributes, java.util.Map<String, Double> baselineRisk) {
        this(id, title, question, eligibility, sources, files, outcomes, model, subgroups, sensitivity, moderators,
                multiArm, indirectness, gradeOverrides, packs, attributes, baselineRisk, List.of(), Optional.empty(),
                NetworkAndTsaPlans.NONE, ScreeningPlan.DEFAULT);
    }

    /** A plan that declares no baseline risk and no analysis beyond the pairwise ones. */
    public ReviewPlan(String id, String title, Pico question, List<String> eligibility, List<SearchSource> sources,
                      ReviewFiles files, List<OutcomePlan> outcomes, ModelPlan model, List<String> subgroups,
                      Set<Sensitivity> sensitivity, List<String> moderators, MultiArmRule multiArm,
                      java.util.Map<String, GradeJudgement> indirectness,
                      java.util.Map<String, org.evsyn.core.review.grade.GradeAssessment.Override> gradeOverrides,
                      List<String> packs, List<AttributeDef> attributes) {
        this(id, title, question, eligibility, sources, files, outcomes, model, subgroups, sensitivity, moderators,
                multiArm, indirectness, gradeOverrides, packs, attributes, java.util.Map.of(), List.of(), Optional.empty(),
                NetworkAndTsaPlans.NONE, ScreeningPlan.DEFAULT);
    }

    private static void requireAttribute(List<AttributeDef> attributes, String name, AttributeType type) {
        if (attributes.stream().noneMatch(a -> a.name().equals(name) && a.type() == type)) {
            throw new IllegalArgumentException("no " + type.key() + " attribute " + name + " in the plan");
        }
    }

    /** The attribute with this name, if the plan has it. */
    public Optional<AttributeDef> attribute(String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
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
                    model.level(), model.prediction());
        }
        return model;
    }

    /** The outcome plan that a source's outcome name means, if any. */
    public Optional<OutcomePlan> outcomeFor(String sourceName) {
        return outcomes.stream().filter(o -> o.matches(sourceName)).findFirst();
    }
}
