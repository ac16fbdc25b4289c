package org.evsyn.reporting.review;

import org.evsyn.core.domain.Plurals;
import org.evsyn.core.domain.ExtractedArm;
import org.evsyn.core.domain.ExtractedStudy;
import org.evsyn.core.review.engine.CharacteristicColumn;
import org.evsyn.core.review.engine.OutcomeAnalysis;
import org.evsyn.core.review.engine.ReviewAnalysis;
import org.evsyn.core.review.engine.SideAnalysis;
import org.evsyn.core.review.engine.StudyOutcomeData;
import org.evsyn.core.review.grade.GradeAssessment;
import org.evsyn.core.review.plan.Direction;
import org.evsyn.core.review.plan.ReviewPlan;
import org.evsyn.core.review.rob.Rob2Assessment;
import org.evsyn.core.review.run.ReviewResult;
import org.evsyn.core.review.screening.PrismaCounts;
import org.evsyn.reporting.model.ArmSummary;
import org.evsyn.reporting.model.BenefitDirection;
import org.evsyn.reporting.model.Certainty;
import org.evsyn.reporting.model.DoseResponseReport;
import org.evsyn.reporting.model.GradeRow;
import org.evsyn.reporting.model.MetaRegressionResult;
import org.evsyn.reporting.model.MethodsInputs;
import org.evsyn.reporting.model.MissingData;
import org.evsyn.reporting.model.NotRunAnalysis;
import org.evsyn.reporting.model.OrganClassReport;
import org.evsyn.reporting.model.PooledResult;
import org.evsyn.reporting.model.PrismaFlow;
import org.evsyn.reporting.model.ReasonCount;
import org.evsyn.reporting.model.ReportMeasure;
import org.evsyn.reporting.model.ReportNote;
import org.evsyn.reporting.model.Reproducibility;
import org.evsyn.reporting.model.ReviewQuestion;
import org.evsyn.reporting.model.ReviewReport;
import org.evsyn.reporting.model.RobAssessment;
import org.evsyn.reporting.model.RobDomain;
import org.evsyn.reporting.model.RobJudgement;
import org.evsyn.reporting.model.SensitivityResult;
import org.evsyn.reporting.model.SmallStudyAnalysis;
import org.evsyn.reporting.model.SourceCount;
import org.evsyn.reporting.model.StudyCharacteristics;
import org.evsyn.reporting.model.StudyResult;
import org.evsyn.reporting.model.SubgroupAnalysisResult;
import org.evsyn.reporting.model.SubgroupLevel;
import org.evsyn.reporting.model.TrimAndFill;
import org.evsyn.stats.MetaFit;
import org.evsyn.stats.MhPetoFit;
import org.evsyn.stats.RmaFit;
import org.evsyn.stats.analysis.AnalysisOutcome;
import org.evsyn.stats.analysis.AnalysisResult;
import org.evsyn.stats.analysis.BlockOutcome;
import org.evsyn.stats.effect.EffectMeasure;
import org.evsyn.stats.model.StudyEstimate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns an analysed review into the report model: it selects and arranges what the analyses produced, so the
 * renderers never see the engine's types. Per-study intervals and weights, and the model fits the forest plots
 * draw (each subgroup level's included), come from the analysis: nothing here fits a model.
 */
public final class ReviewReportAssembler {

    /**
     * Inputs of the report that are not part of the analysis, as the report shows them.
     *
     * @param prisma      PRISMA counts
     * @param changes     what moved since the previous run, per outcome name
     * @param dataNotes   statements about the data (sheet/registry conflicts, unusable registry measures)
     * @param adverseEvents adverse events by organ system from posted registry results
     * @param storeHash   hash identifying the evidence store's content
     * @param runIds      the analysis runs the report shows
     * @param version     evsyn version
     * @param date        report date (ISO)
     */
    private record Context(PrismaCounts prisma, Map<String, String> changes, List<String> dataNotes,
                           List<org.evsyn.core.review.registry.OrganSystemEvents> adverseEvents, String storeHash,
                           List<String> runIds, String version, String date) {

        static Context of(ReviewResult result) {
            return new Context(result.prisma(), result.movedTexts(), result.dataNotes(), result.adverseEvents(),
                    result.storeSha256().isEmpty() ? "a PostgreSQL database" : "sha256:" + result.storeSha256(), result.runIds().stream().map(id -> "#" + id).toList(),
                    result.version(), result.date().toString());
        }
    }

    /** The report of a review run: its analyses and everything the run found on the way. */
    public ReviewReport assemble(ReviewResult result) {
        return assemble(result.analysis(), Context.of(result), DoseAndOrganClassSections.doseResponse(result),
                DoseAndOrganClassSections.organClasses(result));
    }

    private ReviewReport assemble(ReviewAnalysis analysis, Context context, List<DoseResponseReport> doseResponse,
                                  Optional<OrganClassReport> organClasses) {
        ReviewPlan plan = analysis.plan();
        List<org.evsyn.reporting.model.OutcomeAnalysis> outcomes = new ArrayList<>();
        List<GradeRow> grade = new ArrayList<>();
        List<MissingData> missing = new ArrayList<>();
        List<ReportNote> notes = new ArrayList<>();
        List<ReportNote> changes = new ArrayList<>();
        context.dataNotes().forEach(n -> notes.add(new ReportNote("Data sources", n)));
        for (OutcomeAnalysis o : analysis.outcomes()) {
            String label = o.dataset().outcome().label();
            o.dataset().missing().forEach(m -> missing.add(new MissingData(m.studyId(), label, m.reason())));
            o.statements().forEach(s -> notes.add(new ReportNote(label, s)));
            for (SideAnalysis side : o.secondary()) {
                side.statement().ifPresent(s -> notes.add(new ReportNote(label, side.description() + ": " + s)));
                side.outcome().filter(x -> x instanceof AnalysisOutcome.Completed)
                        .ifPresent(x -> ((AnalysisOutcome.Completed) x).result().warnings().forEach(w -> notes.add(
                                new ReportNote(label, side.description() + ": warning: " + w))));
                side.outcome().filter(x -> x instanceof AnalysisOutcome.Failed)
                        .ifPresent(x -> notes.add(new ReportNote(label, side.description() + ": could not be computed: "
                                + ((AnalysisOutcome.Failed) x).message())));
            }
            Optional.ofNullable(context.changes().get(o.dataset().outcome().name()))
                    .ifPresent(c -> changes.add(new ReportNote(label, c)));
            if (o.main().isEmpty()) {
                continue;
            }
            if (o.main().get() instanceof AnalysisOutcome.Failed f) {
                notes.add(new ReportNote(label, "the main analysis could not be computed: " + f.message()));
                continue;
            }
            AnalysisResult r = ((AnalysisOutcome.Completed) o.main().get()).result();
            r.adjustments().forEach(a -> notes.add(new ReportNote(label, a)));
            r.warnings().forEach(w -> notes.add(new ReportNote(label, "warning: " + w)));
            outcomes.add(outcome(o, r, plan));
            o.grade().ifPresent(g -> grade.add(gradeRow(o, r, g)));
        }
        return new ReviewReport(plan.title(), question(plan),
                plan.question().interventionLabel().orElse("intervention"),
                plan.question().comparatorLabel().orElse("control"),
                prisma(context.prisma()), characteristics(analysis.studies(), analysis.characteristics()), outcomes, riskOfBias(analysis),
                grade, context.adverseEvents().stream().map(e -> new org.evsyn.reporting.model.AdverseEventRow(
                        e.organSystem(), e.trials(), e.treatmentAffected(), e.treatmentAtRisk(), e.controlAffected(),
                        e.controlAtRisk())).toList(), missing, new MethodsInputs(plan.model().options(), context.version()),
                new Reproducibility(context.storeHash(), context.runIds(), context.version(), context.date()),
                notes, changes, doseResponse, organClasses, org.evsyn.reporting.model.NetworkReport.of(analysis));
    }

    private static ReviewQuestion question(ReviewPlan plan) {
        var q = plan.question();
        return new ReviewQuestion(q.population(), q.intervention(), q.comparator(), q.outcomes(),
                q.studyDesign().orElse(""));
    }

    private static PrismaFlow prisma(PrismaCounts c) {
        return PrismaFlows.of(c);
    }

    private static List<StudyCharacteristics> characteristics(List<ExtractedStudy> studies,
                                                              List<CharacteristicColumn> columns) {
        List<StudyCharacteristics> out = new ArrayList<>();
        for (ExtractedStudy s : studies) {
            List<Integer> sizes = s.arms().stream().map(ExtractedArm::n).filter(java.util.OptionalInt::isPresent)
                    .map(java.util.OptionalInt::getAsInt).toList();
            Optional<String> design = s.blinding().or(s::phase).map(b -> s.phase().map(p -> "phase " + p + "; ").orElse("") + b);
            out.add(new StudyCharacteristics(s.studyId(),
                    s.registryIds().isEmpty() ? s.registryIdsAsPrinted() : Optional.of(String.join("; ", s.registryIds())),
                    design, sizes,
                    columns.stream().map(c -> new StudyCharacteristics.Attribute(c.label(), c.text(s.studyId())))
                            .toList(),
                    s.followupMonths().isPresent() ? Optional.of(Plurals.of(plain(s.followupMonths().getAsDouble()), "month", "months"))
                            : Optional.empty()));
        }
        return out;
    }

    private static org.evsyn.reporting.model.OutcomeAnalysis outcome(OutcomeAnalysis o, AnalysisResult r, ReviewPlan plan) {
        MetaFit fit = r.fit();
        List<StudyResult> rows = studyRows(o.dataset().included(), fit);
        // Mantel-Haenszel and Peto fits keep their own weights and heterogeneity; they have no tau2 or prediction.
        PooledResult pooled = fit instanceof MhPetoFit mh ? new PooledResult.FixedEffectBinary(mh.model())
                : new PooledResult.InverseVariance(((RmaFit) fit).model(), r.prediction());
        List<SubgroupAnalysisResult> subgroups = new ArrayList<>();
        List<MetaRegressionResult> regressions = new ArrayList<>();
        List<SensitivityResult> sensitivity = new ArrayList<>();
        List<NotRunAnalysis> notRun = new ArrayList<>();
        for (SideAnalysis side : o.secondary()) {
            if (side.kind().equals("sensitivity")) {
                sensitivity.add(SideAnalyses.sensitivity(side, o.dataset().included()));
                continue;
            }
            Optional<String> failure = SideAnalyses.failure(side);
            if (failure.isPresent()) {
                notRun.add(new NotRunAnalysis(side.kind(), side.key(), side.description(), failure.get()));
            } else if (side.kind().equals("subgroup")) {
                String label = plan.attribute(side.key()).map(a -> a.label()).orElse(side.key());
                subgroup(side, label, SideAnalyses.result(side), o.dataset().included()).ifPresent(subgroups::add);
            } else if (side.kind().equals("metaregression")) {
                // Named as the plan declares the moderator, as subgroups are: "Absolute latitude (degrees)".
                String label = plan.attribute(side.key()).map(a -> a.labelWithUnit()).orElse(side.key());
                regressions.add(SideAnalyses.regression(side, label, o.dataset().included()));
            }
        }
        Optional<SmallStudyAnalysis> small = Optional.empty();
        var egger = value(r.egger());
        var begg = value(r.begg());
        var tf = value(r.trimFill()).map(t -> new TrimAndFill(t.side().label(), box(t.filledYi()), box(t.filledVi()),
                t.model().estimate(), t.model().ciLower(), t.model().ciUpper()));
        if (egger.isPresent() || begg.isPresent() || tf.isPresent()) {
            small = Optional.of(new SmallStudyAnalysis(egger, begg, tf));
        }
        ReportMeasure measure = measure(o.dataset().outcome());
        return new org.evsyn.reporting.model.OutcomeAnalysis(o.dataset().outcome().name(), o.dataset().outcome().label(),
                measure, o.dataset().outcome().direction() == Direction.LOWER_IS_BETTER
                ? BenefitDirection.LOWER_IS_BETTER : BenefitDirection.HIGHER_IS_BETTER,
                rows, pooled, subgroups, value(r.leaveOneOut()).orElse(List.of()), small,
                value(r.cumulative()).orElse(List.of()), regressions, sensitivity, SideAnalyses.influence(r),
                notRun);
    }

    private static Optional<SubgroupAnalysisResult> subgroup(SideAnalysis side, String label, AnalysisResult r,
                                                             List<StudyOutcomeData> all) {
        var summary = value(r.subgroups());
        if (summary.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> levelByLabel = new LinkedHashMap<>();
        for (StudyOutcomeData d : all) {
            d.attributes().subgroup(side.key()).ifPresent(v -> levelByLabel.put(d.label(), v));
        }
        List<SubgroupLevel> levels = new ArrayList<>();
        for (var g : summary.get().result().groups()) {
            List<StudyOutcomeData> members = all.stream().filter(d -> g.level().equals(levelByLabel.get(d.label())))
                    .toList();
            // The level's own fit, as the subgroup analysis made it: Mantel-Haenszel or Peto, or its own model.
            MetaFit fit = g.fit().orElseThrow(() -> new IllegalStateException(
                    "subgroup level '" + g.level() + "' has no fit"));
            PooledResult pooled = fit instanceof MhPetoFit mh ? new PooledResult.FixedEffectBinary(mh.model())
                    : new PooledResult.InverseVariance(((RmaFit) fit).model(), Optional.empty());
            levels.add(new SubgroupLevel(g.level(), studyRows(members, fit), pooled));
        }
        if (levels.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(new SubgroupAnalysisResult(label, levels,
                summary.get().result().between()));
    }

    private static List<StudyResult> studyRows(List<StudyOutcomeData> data, MetaFit fit) {
        Map<String, StudyOutcomeData> byLabel = new LinkedHashMap<>();
        data.forEach(d -> byLabel.put(d.label(), d));
        List<StudyResult> rows = new ArrayList<>();
        // A Mantel-Haenszel or Peto forest plot shows the method's own weights (metafor's weights()), not 1/vi.
        Map<String, Double> weights = fit instanceof MhPetoFit mh ? mh.poolingWeights() : Map.of();
        for (StudyEstimate e : fit.studyEstimates()) {
            StudyOutcomeData d = byLabel.get(e.label());
            // A study's own estimate (generic measure) has no arm numbers to show.
            Optional<StudyOutcomeData> arms = Optional.ofNullable(d).filter(x -> x.estimate().isEmpty());
            Optional<StudyOutcomeData> known = Optional.ofNullable(d);
            rows.add(new StudyResult(e.label(), arms.map(x -> arm(x.treatment())), arms.map(x -> arm(x.control())),
                    e.yi(), e.vi(), e.ciLower(), e.ciUpper(),
                    weights.getOrDefault(e.label(), e.weightPercent()),
                    known.flatMap(x -> x.treatment().treatment()), known.flatMap(x -> x.control().treatment()),
                    known.map(StudyConversions::of).orElse(List.of()), known.map(StudyConversions::notes)
                    .orElse(List.of())));
        }
        return rows;
    }

    private static ArmSummary arm(org.evsyn.core.review.engine.ArmData a) {
        if (a.events().isPresent()) {
            return new ArmSummary.Events(a.events().getAsInt(), a.n());
        }
        return new ArmSummary.Continuous(a.mean().getAsDouble(), a.sd().getAsDouble(), a.n());
    }

    private static GradeRow gradeRow(OutcomeAnalysis o, AnalysisResult r, GradeAssessment g) {
        int n = org.evsyn.core.review.engine.OutcomeAnalyser.pooledParticipants(o.dataset().included(), r);
        return new GradeRow(o.dataset().outcome().label(), r.model().k(), n,
                measure(o.dataset().outcome()), r.model().estimate(), r.model().ciLower(),
                r.model().ciUpper(), Certainty.valueOf(g.certainty().name()), g.footnotes(),
                g.absolute().map(a -> new org.evsyn.reporting.model.AbsoluteRisk(
                        org.evsyn.core.review.grade.AbsoluteEffect.per1000(a.assumedRisk()),
                        org.evsyn.core.review.grade.AbsoluteEffect.per1000(a.risk()),
                        org.evsyn.core.review.grade.AbsoluteEffect.per1000(a.riskLower()),
                        org.evsyn.core.review.grade.AbsoluteEffect.per1000(a.riskUpper()))));
    }

    /** The outcome's measure as reported: a GENERIC outcome on the ratio scale is shown as ratios. */
    private static ReportMeasure measure(org.evsyn.core.review.plan.OutcomePlan outcome) {
        return new ReportMeasure(EffectMeasure.valueOf(outcome.measure()), outcome.isRatio());
    }

    private static RobAssessment riskOfBias(ReviewAnalysis analysis) {
        if (!analysis.riskOfBiasAssessed()) {
            return new RobAssessment.NotAssessed("no RoB 2 judgements were recorded for this review, so none are shown");
        }
        List<RobAssessment.RobRow> rows = new ArrayList<>();
        for (Rob2Assessment a : analysis.riskOfBias()) {
            if (a.outcome().isPresent()) {
                continue;
            }
            Map<RobDomain, RobJudgement> domains = new EnumMap<>(RobDomain.class);
            a.domains().forEach((d, j) -> domains.put(RobDomain.valueOf(d.name()), RobJudgement.valueOf(j.judgement().name())));
            double weight = analysis.studies().stream().filter(s -> s.studyId().equals(a.studyId()))
                    .flatMap(s -> s.arms().stream()).mapToInt(x -> x.n().orElse(0)).sum();
            rows.add(new RobAssessment.RobRow(a.studyId(), domains, RobJudgement.valueOf(a.overall().name()),
                    weight > 0 ? weight : 1));
        }
        return rows.isEmpty() ? new RobAssessment.NotAssessed("only outcome-level judgements were recorded")
                : new RobAssessment.Assessed(rows);
    }

    private static <T> Optional<T> value(Optional<BlockOutcome<T>> block) {
        return block.filter(b -> b instanceof BlockOutcome.Computed).map(b -> ((BlockOutcome.Computed<T>) b).value());
    }

    private static List<Double> box(double[] values) {
        List<Double> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(v);
        }
        return out;
    }

    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
