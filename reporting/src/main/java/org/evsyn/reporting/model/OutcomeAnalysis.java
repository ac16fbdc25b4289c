package org.evsyn.reporting.model;

import org.evsyn.stats.effect.EffectMeasure;
import org.evsyn.stats.sensitivity.Refit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the report shows for one outcome.
 *
 * @param id            short stable identifier used in file names (letters, digits, '-' and '_')
 * @param name          outcome name as the reader sees it (e.g. "Modified Rankin Scale at 90 days")
 * @param measure       effect measure; ratio measures are analysed on the log scale
 * @param direction     which direction is benefit, for the favours-labels
 * @param studies       per-study rows, in display order
 * @param pooled        the pooled result
 * @param subgroups     subgroup analyses
 * @param leaveOneOut   leave-one-out refits, one per omitted study (empty when not run)
 * @param smallStudies  funnel-plot data and tests, when assessed
 * @param cumulative    cumulative refits in display order (empty when not run)
 * @param regressions   planned meta-regressions that were fitted, in plan order
 * @param sensitivity   planned sensitivity analyses (fixed vs random, exclusions), run or not, in plan order
 * @param influence     influence diagnostics of the main model, one row per study (empty when not computed)
 * @param notRun        planned subgroup analyses and meta-regressions that could not be run, and why
 */
public record OutcomeAnalysis(String id, String name, ReportMeasure measure, BenefitDirection direction,
                              List<StudyResult> studies, PooledResult pooled, List<SubgroupAnalysisResult> subgroups,
                              List<Refit> leaveOneOut, Optional<SmallStudyAnalysis> smallStudies,
                              List<Refit> cumulative, List<MetaRegressionResult> regressions,
                              List<SensitivityResult> sensitivity, List<InfluenceRow> influence,
                              List<NotRunAnalysis> notRun) {

    /** Validates the identifier and copies every list. */
    public OutcomeAnalysis {
        Checks.text(id, "id");
        if (!id.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("outcome id may hold only letters, digits, '-' and '_': " + id);
        }
        Checks.text(name, "name");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(direction, "direction");
        studies = List.copyOf(studies);
        if (studies.isEmpty()) {
            throw new IllegalArgumentException("outcome " + id + " has no studies");
        }
        Objects.requireNonNull(pooled, "pooled");
        subgroups = List.copyOf(subgroups);
        leaveOneOut = List.copyOf(leaveOneOut);
        Objects.requireNonNull(smallStudies, "smallStudies");
        cumulative = List.copyOf(cumulative);
        regressions = List.copyOf(regressions);
        sensitivity = List.copyOf(sensitivity);
        influence = List.copyOf(influence);
        notRun = List.copyOf(notRun);
    }

    /** An outcome without meta-regressions, sensitivity analyses or influence diagnostics. */
    public OutcomeAnalysis(String id, String name, ReportMeasure measure, BenefitDirection direction,
                           List<StudyResult> studies, PooledResult pooled, List<SubgroupAnalysisResult> subgroups,
                           List<Refit> leaveOneOut, Optional<SmallStudyAnalysis> smallStudies, List<Refit> cumulative) {
        this(id, name, measure, direction, studies, pooled, subgroups, leaveOneOut, smallStudies, cumulative,
                List.of(), List.of(), List.of(), List.of());
    }

    /** An outcome whose measure is shown on its own scale. */
    public OutcomeAnalysis(String id, String name, EffectMeasure measure, BenefitDirection direction,
                           List<StudyResult> studies, PooledResult pooled, List<SubgroupAnalysisResult> subgroups,
                           List<Refit> leaveOneOut, Optional<SmallStudyAnalysis> smallStudies, List<Refit> cumulative) {
        this(id, name, ReportMeasure.of(measure), direction, studies, pooled, subgroups, leaveOneOut, smallStudies,
                cumulative);
    }

    /** Participants in the analysis, summed over arms where arm data exist. */
    public int participants() {
        return studies.stream().filter(StudyResult::hasArmData)
                .mapToInt(s -> s.treatment().orElseThrow().total() + s.control().orElseThrow().total()).sum();
    }
}
