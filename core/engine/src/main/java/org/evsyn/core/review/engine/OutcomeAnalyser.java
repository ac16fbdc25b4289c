package org.evsyn.core.review.engine;

import org.evsyn.core.domain.Plurals;
import jakarta.inject.Inject;
import org.evsyn.core.review.grade.AbsoluteEffect;
import org.evsyn.core.review.grade.AbsoluteRisks;
import org.evsyn.core.review.grade.GradeEvidence;
import org.evsyn.stats.model.PredictionInterval;
import org.evsyn.core.review.grade.GradeProposer;
import org.evsyn.core.review.attributes.AttributeDef;
import org.evsyn.core.review.plan.ModelPlan;
import org.evsyn.core.review.plan.OutcomePlan;
import org.evsyn.core.review.plan.ReviewPlan;
import org.evsyn.core.review.plan.Sensitivity;
import org.evsyn.core.review.rob.RobJudgement;
import org.evsyn.stats.Moderators;
import org.evsyn.stats.TestMethod;
import org.evsyn.stats.analysis.AnalysisBlock;
import org.evsyn.stats.analysis.AnalysisInput;
import org.evsyn.stats.analysis.AnalysisMethod;
import org.evsyn.stats.analysis.AnalysisOptions;
import org.evsyn.stats.analysis.AnalysisOutcome;
import org.evsyn.stats.analysis.AnalysisResult;
import org.evsyn.stats.analysis.BlockOutcome;
import org.evsyn.stats.analysis.MetaAnalysisRunner;
import org.evsyn.stats.analysis.ModeratorColumns;
import org.evsyn.stats.analysis.SubgroupColumn;
import org.evsyn.stats.effect.BinaryStudy;
import org.evsyn.stats.effect.ContinuousStudy;
import org.evsyn.stats.effect.ContinuityCorrection;
import org.evsyn.stats.effect.CorrectionRule;
import org.evsyn.stats.effect.EffectMeasure;
import org.evsyn.stats.effect.GenericStudy;
import org.evsyn.stats.effect.Study;
import org.evsyn.stats.model.StudyEstimate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Runs an outcome's analyses as the plan says: the main model, subgroup analyses, meta-regressions and
 * sensitivity analyses, and proposes its GRADE certainty. Where an analysis is impossible it says why.
 */
public final class OutcomeAnalyser {

    /** Fewest comparisons a meta-regression is attempted with. */
    public static final int MIN_REGRESSION_STUDIES = 3;

    private final MetaAnalysisRunner runner;
    private final GradeProposer grade;

    @Inject
    public OutcomeAnalyser(MetaAnalysisRunner runner, GradeProposer grade) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.grade = Objects.requireNonNull(grade, "grade");
    }

    /**
     * Analyses one outcome.
     *
     * @param robOverall overall RoB judgement per study id; empty when risk of bias was not assessed
     */
    public OutcomeAnalysis analyse(ReviewPlan plan, OutcomeDataset dataset, Optional<Map<String, RobJudgement>> robOverall) {
        OutcomePlan outcome = dataset.outcome();
        // Cumulative analyses read in chronological order.
        List<StudyOutcomeData> data = dataset.included().stream()
                .sorted(Comparator.comparingDouble((StudyOutcomeData d) -> d.attributes().year().orElse(Double.MAX_VALUE))
                        .thenComparing(StudyOutcomeData::label))
                .toList();
        List<String> statements = new ArrayList<>(dataset.notes());
        if (data.isEmpty()) {
            statements.add("No study reported usable data for " + outcome.label() + "; no pooled estimate.");
            return new OutcomeAnalysis(dataset, Optional.empty(), List.of(), Optional.empty(), statements);
        }
        ModelPlan model = plan.modelFor(outcome);
        AnalysisOptions options = options(model, outcome, model.method(), model.test(), AnalysisBlock.all());
        AnalysisOutcome main = runner.run(AnalysisInput.of(rows(outcome, data)), options);
        if (data.size() == 1) {
            statements.add("Only one study (" + data.get(0).label() + ") has usable data: its result is shown, "
                    + "nothing is pooled.");
        }
        List<SideAnalysis> secondary = new ArrayList<>();
        for (String key : plan.subgroups()) {
            secondary.add(subgroup(plan, outcome, data, key));
        }
        for (String key : plan.moderators()) {
            secondary.add(regression(plan, outcome, data, key));
        }
        secondary.addAll(sensitivity(plan, outcome, data, robOverall));
        return new OutcomeAnalysis(dataset, Optional.of(main), secondary,
                gradeOf(plan, outcome, data, main, robOverall), statements);
    }

    private SideAnalysis subgroup(ReviewPlan plan, OutcomePlan outcome, List<StudyOutcomeData> data, String key) {
        String label = plan.attribute(key).map(AttributeDef::label).orElse(key);
        String description = "Subgroups by " + label;
        List<StudyOutcomeData> known = data.stream().filter(d -> d.attributes().subgroup(key).isPresent()).toList();
        Set<String> levels = new LinkedHashSet<>();
        known.forEach(d -> levels.add(d.attributes().subgroup(key).get()));
        String unknown = data.size() == known.size() ? "" : "; "
                + Plurals.of(data.size() - known.size(), "comparison", "comparisons") + " with " + label + " not reported";
        String unmatched = unmatched(label, key, known);
        if (levels.size() < 2) {
            return SideAnalysis.notRun("subgroup", key, description, "not possible: the " + Plurals.of(data.size(), "comparison", "comparisons")
                    + " with data cover " + levels.size() + " " + label
                    + (levels.size() == 1 ? " level" : " levels") + (levels.isEmpty() ? "" : " (" + String.join(", ", levels) + ")") + unknown
                    + unmatched);
        }
        SubgroupColumn column = new SubgroupColumn(key, description,
                known.stream().map(d -> d.attributes().subgroup(key).get()).toList());
        ModelPlan model = plan.modelFor(outcome);
        AnalysisOptions options = options(model, outcome, model.method(), model.test(),
                EnumSet.of(AnalysisBlock.SUBGROUPS));
        AnalysisOutcome result = runner.run(new AnalysisInput(rows(outcome, known), Optional.of(column),
                Optional.empty()), options);
        String statement = unknown + unmatched;
        return new SideAnalysis("subgroup", key, description, labels(known), Optional.of(result),
                statement.isEmpty() ? Optional.empty() : Optional.of(statement.substring(2)));
    }

    /** "; values of Route that match no level of its vocabulary, kept as their own level: ..." or nothing. */
    private static String unmatched(String label, String key, List<StudyOutcomeData> data) {
        Map<String, List<String>> byValue = new LinkedHashMap<>();
        for (StudyOutcomeData d : data) {
            if (d.attributes().unmatched().contains(key)) {
                byValue.computeIfAbsent(d.attributes().asWritten().get(key), v -> new ArrayList<>()).add(d.label());
            }
        }
        if (byValue.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        byValue.forEach((v, studies) -> parts.add("'" + v + "' (" + String.join(", ", studies) + ")"));
        return "; values of " + label + " that match no level of its vocabulary, kept as their own level: "
                + String.join(", ", parts);
    }

    private SideAnalysis regression(ReviewPlan plan, OutcomePlan outcome, List<StudyOutcomeData> data, String key) {
        AttributeDef def = plan.attribute(key).orElseThrow();
        String description = "Meta-regression on " + def.labelWithUnit();
        ModelPlan model = plan.modelFor(outcome);
        if (!model.method().isInverseVariance()) {
            return SideAnalysis.notRun("metaregression", key, description, "not run: meta-regression needs an "
                    + "inverse-variance model, and this outcome is pooled with " + methodName(model.method()));
        }
        List<StudyOutcomeData> known = data.stream().filter(d -> d.attributes().moderator(key).isPresent()).toList();
        long distinct = known.stream().mapToDouble(d -> d.attributes().moderator(key).getAsDouble()).distinct().count();
        if (known.size() < MIN_REGRESSION_STUDIES || distinct < 2) {
            return SideAnalysis.notRun("metaregression", key, description, "not possible: "
                    + Plurals.of(known.size(), "comparison reports", "comparisons report") + " " + def.label() + " ("
                    + Plurals.of(distinct, "distinct value", "distinct values") + "); at least "
                    + MIN_REGRESSION_STUDIES + " with differing values are needed");
        }
        double[] values = known.stream().mapToDouble(d -> d.attributes().moderator(key).getAsDouble()).toArray();
        ModeratorColumns mods = new ModeratorColumns(Moderators.of(Moderators.numeric(key, values)), description);
        AnalysisOptions options = options(model, outcome, model.method(), model.test(),
                EnumSet.of(AnalysisBlock.METAREGRESSION));
        AnalysisOutcome result = runner.run(new AnalysisInput(rows(outcome, known), Optional.empty(), Optional.of(mods)),
                options);
        return new SideAnalysis("metaregression", key, description, labels(known), Optional.of(result),
                derivations(key, known));
    }

    /** Which values were derived rather than printed, grouped by how (e.g. dose per kg from a printed total). */
    private static Optional<String> derivations(String key, List<StudyOutcomeData> data) {
        Map<String, List<String>> byHow = new LinkedHashMap<>();
        for (StudyOutcomeData d : data) {
            d.attributes().derivation(key).ifPresent(x -> byHow.computeIfAbsent(x.how(), h -> new ArrayList<>())
                    .add(d.label() + x.detail().map(t -> " (" + t + ")").orElse("")));
        }
        List<String> parts = new ArrayList<>();
        byHow.forEach((how, studies) -> parts.add(how + " for: " + String.join(", ", studies)));
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", parts));
    }

    private List<SideAnalysis> sensitivity(ReviewPlan plan, OutcomePlan outcome, List<StudyOutcomeData> data,
                                           Optional<Map<String, RobJudgement>> rob) {
        List<SideAnalysis> out = new ArrayList<>();
        Set<Sensitivity> wanted = plan.sensitivity();
        ModelPlan model = plan.modelFor(outcome);
        if (wanted.contains(Sensitivity.FIXED_VS_RANDOM)) {
            // A Mantel-Haenszel or Peto model is a common-effect one: its counterpart is the REML model.
            boolean random = model.method().isRandomEffects();
            AnalysisMethod other = random ? AnalysisMethod.FE : AnalysisMethod.REML;
            out.add(run(model, outcome, data, d -> true, "fixed_vs_random",
                    random ? "Common-effect (fixed) model" : "Random-effects model (REML)", other, TestMethod.Z));
        }
        if (wanted.contains(Sensitivity.EXCLUDE_IMPUTED)) {
            long imputed = data.stream().filter(StudyOutcomeData::imputed).count();
            if (imputed == 0) {
                out.add(SideAnalysis.notRun("sensitivity", "exclude_imputed", "Excluding imputed data",
                        "not needed: no imputed numbers in this outcome"));
            } else if (imputed == data.size()) {
                out.add(SideAnalysis.notRun("sensitivity", "exclude_imputed", "Excluding imputed data",
                        "not possible: every comparison uses imputed numbers"));
            } else {
                out.add(run(model, outcome, data, d -> !d.imputed(), "exclude_imputed", "Excluding imputed data",
                        model.method(), model.test()));
            }
        }
        if (wanted.contains(Sensitivity.EXCLUDE_HIGH_ROB)) {
            if (rob.isEmpty()) {
                out.add(SideAnalysis.notRun("sensitivity", "exclude_high_rob", "Excluding high risk of bias",
                        "not possible: risk of bias was not assessed"));
            } else {
                Predicate<StudyOutcomeData> keep = d -> rob.get().get(d.studyId()) != RobJudgement.HIGH;
                long left = data.stream().filter(keep).count();
                out.add(left == data.size()
                        ? SideAnalysis.notRun("sensitivity", "exclude_high_rob", "Excluding high risk of bias",
                        "not needed: no study at high risk of bias")
                        : left == 0 ? SideAnalysis.notRun("sensitivity", "exclude_high_rob", "Excluding high risk of bias",
                        "not possible: every study is at high risk of bias")
                        : run(model, outcome, data, keep, "exclude_high_rob", "Excluding high risk of bias",
                        model.method(), model.test()));
            }
        }
        return out;
    }

    private SideAnalysis run(ModelPlan model, OutcomePlan outcome, List<StudyOutcomeData> data,
                             Predicate<StudyOutcomeData> keep, String key, String description, AnalysisMethod method,
                             TestMethod test) {
        List<StudyOutcomeData> kept = data.stream().filter(keep).toList();
        AnalysisOutcome result = runner.run(AnalysisInput.of(rows(outcome, kept)),
                options(model, outcome, method, test, EnumSet.noneOf(AnalysisBlock.class)));
        return new SideAnalysis("sensitivity", key, description, labels(kept), Optional.of(result), Optional.empty());
    }

    private Optional<org.evsyn.core.review.grade.GradeAssessment> gradeOf(ReviewPlan plan, OutcomePlan outcome,
                                                                          List<StudyOutcomeData> data,
                                                                          AnalysisOutcome main,
                                                                          Optional<Map<String, RobJudgement>> rob) {
        if (!(main instanceof AnalysisOutcome.Completed c)) {
            return Optional.empty();
        }
        AnalysisResult r = c.result();
        // Only the studies the pooled estimate uses: a double-zero study left out of a ratio must not count.
        Set<String> pooled = Set.copyOf(r.effects().labels());
        List<StudyOutcomeData> used = data.stream().filter(d -> pooled.contains(d.label())).toList();
        int participants = used.stream().mapToInt(StudyOutcomeData::participants).sum();
        OptionalDouble controlRisk = OptionalDouble.empty();
        if (!outcome.isContinuous() && !outcome.isGeneric()) {
            int e = used.stream().mapToInt(d -> d.control().events().orElse(0)).sum();
            int n = used.stream().mapToInt(d -> d.control().n()).sum();
            controlRisk = n > 0 ? OptionalDouble.of((double) e / n) : OptionalDouble.empty();
        }
        OptionalDouble high = OptionalDouble.empty();
        OptionalDouble concern = OptionalDouble.empty();
        if (rob.isPresent()) {
            // Weights by label: the pooled studies, in the effect sizes' order, need not be the data's order.
            double h = 0;
            double sc = 0;
            for (StudyEstimate e : r.fit().studyEstimates()) {
                String studyId = used.stream().filter(d -> d.label().equals(e.label())).findFirst()
                        .map(StudyOutcomeData::studyId).orElse(e.label());
                RobJudgement j = rob.get().get(studyId);
                if (j == RobJudgement.HIGH) {
                    h += e.weightPercent();
                }
                if (j == RobJudgement.HIGH || j == RobJudgement.SOME_CONCERNS) {
                    sc += e.weightPercent();
                }
            }
            high = OptionalDouble.of(h / 100);
            concern = OptionalDouble.of(sc / 100);
        }
        OptionalDouble egger = r.egger().filter(b -> b instanceof BlockOutcome.Computed)
                .map(b -> OptionalDouble.of(((BlockOutcome.Computed<org.evsyn.stats.bias.EggerResult>) b).value().pval()))
                .orElse(OptionalDouble.empty());
        OptionalDouble piLo = r.prediction().map(p -> OptionalDouble.of(p.lower())).orElse(OptionalDouble.empty());
        OptionalDouble piHi = r.prediction().map(p -> OptionalDouble.of(p.upper())).orElse(OptionalDouble.empty());
        GradeEvidence evidence = new GradeEvidence(r.model().k(), participants,
                outcome.isRatio(),
                outcome.isContinuous(), r.model().ciLower(), r.model().ciUpper(), piLo, piHi, r.model().i2(),
                controlRisk, high, concern, egger);
        var proposed = grade.propose(outcome.name(), evidence, Optional.ofNullable(plan.indirectness().get(outcome.name())));
        // The reviewers' own certainty replaces the proposal; both are kept so the report can show the override.
        return Optional.of(proposed.withOverride(Optional.ofNullable(plan.gradeOverrides().get(outcome.name())))
                .withAbsolute(absolute(plan, outcome, used, r)));
    }

    /** Risks per 1,000 at the declared baseline risk, or else at the median risk of the pooled control arms. */
    private static Optional<AbsoluteEffect> absolute(ReviewPlan plan, OutcomePlan outcome, List<StudyOutcomeData> used,
                                                     AnalysisResult r) {
        if (outcome.isContinuous() || outcome.isGeneric()) {
            return Optional.empty();
        }
        Optional<Double> declared = Optional.ofNullable(plan.baselineRisk().get(outcome.name()));
        Optional<Double> acr = declared.or(() -> AbsoluteRisks.medianRisk(used.stream()
                .filter(d -> d.control().n() > 0 && d.control().events().isPresent())
                .mapToDouble(d -> (double) d.control().events().getAsInt() / d.control().n()).toArray()));
        AbsoluteEffect.RiskSource source = declared.isPresent() ? AbsoluteEffect.RiskSource.DECLARED
                : AbsoluteEffect.RiskSource.CONTROL_ARM_MEDIAN;
        return acr.flatMap(a -> AbsoluteRisks.of(outcome.measure(), a, source, r.model().estimate(),
                r.model().ciLower(), r.model().ciUpper()));
    }

    private static AnalysisOptions options(ModelPlan model, OutcomePlan outcome, AnalysisMethod m, TestMethod test,
                                           Set<AnalysisBlock> blocks) {
        EffectMeasure measure = EffectMeasure.valueOf(outcome.measure());
        // Trials without events in either arm say nothing about a ratio (Cochrane Handbook 10.4.4.2): leave them
        // out of RR/OR analyses, whatever the pooling method; the adjustment notes say so. Mantel-Haenszel and Peto
        // take metafor's defaults for rma.mh and rma.peto, as evsyn meta does.
        boolean ratio = measure == EffectMeasure.RR || measure == EffectMeasure.OR || measure == EffectMeasure.PETO;
        ContinuityCorrection correction = m.isInverseVariance()
                ? new ContinuityCorrection(0.5, CorrectionRule.ONLY0, ratio)
                : AnalysisOptions.defaultCorrection(m, 0.5, CorrectionRule.ONLY0);
        return new AnalysisOptions(measure, m, m.isInverseVariance() ? test : TestMethod.Z, model.level(),
                correction, blocks).withPrediction(model.prediction(), PredictionInterval.MIN_STUDIES);
    }

    /** How a report names a pooling method that is not inverse variance. */
    private static String methodName(AnalysisMethod m) {
        return m == AnalysisMethod.MH ? "the Mantel-Haenszel method" : "Peto's method";
    }

    static List<Study> rows(OutcomePlan outcome, List<StudyOutcomeData> data) {
        if (outcome.isGeneric()) {
            return data.stream().<Study>map(d -> new GenericStudy(d.label(), d.estimate().orElseThrow().yi(),
                    Math.pow(d.estimate().orElseThrow().sei(), 2))).toList();
        }
        if (outcome.isContinuous()) {
            return data.stream().<Study>map(d -> new ContinuousStudy(d.label(),
                    d.treatment().n(), d.treatment().mean().getAsDouble(), d.treatment().sd().getAsDouble(),
                    d.control().n(), d.control().mean().getAsDouble(), d.control().sd().getAsDouble())).toList();
        }
        return data.stream().<Study>map(d -> new BinaryStudy(d.label(),
                d.treatment().events().getAsInt(), d.treatment().n(),
                d.control().events().getAsInt(), d.control().n())).toList();
    }

    private static List<String> labels(List<StudyOutcomeData> data) {
        return data.stream().map(StudyOutcomeData::label).toList();
    }

    /** Participants of the studies the pooled estimate uses (a double-zero study left out does not count). */
    public static int pooledParticipants(List<StudyOutcomeData> data, AnalysisResult r) {
        Set<String> used = Set.copyOf(r.effects().labels());
        return data.stream().filter(d -> used.contains(d.label())).mapToInt(StudyOutcomeData::participants).sum();
    }
}
