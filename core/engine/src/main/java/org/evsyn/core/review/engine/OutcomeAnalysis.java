package org.evsyn.core.review.engine;

import org.evsyn.core.review.grade.GradeAssessment;
import org.evsyn.stats.analysis.AnalysisOutcome;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything analysed for one outcome of a review.
 *
 * @param dataset    the comparisons used and the studies left out with reasons
 * @param main       the main analysis by the plan's model; empty when no study has usable data
 * @param secondary  subgroup analyses, meta-regressions and sensitivity analyses (run, or why not)
 * @param grade      the GRADE proposal, when there is a pooled result
 * @param statements plain statements for the report (e.g. why there is no pooled result)
 */
public record OutcomeAnalysis(OutcomeDataset dataset, Optional<AnalysisOutcome> main, List<SideAnalysis> secondary,
                              Optional<GradeAssessment> grade, List<String> statements) {
    public OutcomeAnalysis {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(main, "main");
        secondary = List.copyOf(secondary);
        Objects.requireNonNull(grade, "grade");
        statements = List.copyOf(statements);
    }
}
