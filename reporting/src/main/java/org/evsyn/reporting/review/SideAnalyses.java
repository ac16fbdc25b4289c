package org.evsyn.reporting.review;

import org.evsyn.core.review.engine.SideAnalysis;
import org.evsyn.core.review.engine.StudyOutcomeData;
import org.evsyn.reporting.model.InfluenceRow;
import org.evsyn.reporting.model.MetaRegressionResult;
import org.evsyn.reporting.model.PooledResult;
import org.evsyn.reporting.model.SensitivityResult;
import org.evsyn.stats.RmaFit;
import org.evsyn.stats.analysis.AnalysisOutcome;
import org.evsyn.stats.analysis.AnalysisResult;
import org.evsyn.stats.analysis.BlockOutcome;
import org.evsyn.stats.analysis.RegressionSummary;
import org.evsyn.stats.effect.EffectSize;
import org.evsyn.stats.sensitivity.InfluenceDiagnostics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads the engine's secondary analyses (meta-regressions, sensitivity analyses) and the main model's influence
 * diagnostics into the report model. It selects what stats computed; it fits nothing.
 */
final class SideAnalyses {

    private SideAnalyses() {
    }

    /** Why a subgroup analysis or meta-regression has no result to show, or empty when it has one. */
    static Optional<String> failure(SideAnalysis side) {
        if (side.outcome().isEmpty()) {
            return Optional.of(side.statement().orElse("not run"));
        }
        if (side.outcome().get() instanceof AnalysisOutcome.Failed f) {
            return Optional.of("could not be computed: " + f.message());
        }
        AnalysisResult r = result(side);
        Optional<? extends BlockOutcome<?>> block = side.kind().equals("metaregression") ? r.metaRegression()
                : r.subgroups();
        if (block.isEmpty()) {
            return Optional.of("not computed for this model");
        }
        if (block.get() instanceof BlockOutcome.Failed<?> f) {
            return Optional.of("could not be computed: " + f.message());
        }
        return Optional.empty();
    }

    /** The completed result of a side analysis that has one. */
    static AnalysisResult result(SideAnalysis side) {
        return ((AnalysisOutcome.Completed) side.outcome().orElseThrow()).result();
    }

    /** A fitted meta-regression with the moderator value of each study it used. */
    static MetaRegressionResult regression(SideAnalysis side, String moderator, List<StudyOutcomeData> data) {
        AnalysisResult r = result(side);
        RegressionSummary summary = ((BlockOutcome.Computed<RegressionSummary>) r.metaRegression().orElseThrow())
                .value();
        Map<String, OptionalDouble> xByLabel = new LinkedHashMap<>();
        data.forEach(d -> xByLabel.put(d.label(), d.attributes().moderator(side.key())));
        List<MetaRegressionResult.RegressionPoint> points = new ArrayList<>();
        for (EffectSize e : r.effects().studies()) {
            OptionalDouble x = xByLabel.getOrDefault(e.label(), OptionalDouble.empty());
            if (x.isPresent()) {
                points.add(new MetaRegressionResult.RegressionPoint(e.label(), x.getAsDouble(), e.yi(), e.vi()));
            }
        }
        return new MetaRegressionResult(moderator, summary.moderators().get(0), points,
                summary.fit());
    }

    /** A sensitivity analysis: its pooled result and the studies it left out, or why it was not run. */
    static SensitivityResult sensitivity(SideAnalysis side, List<StudyOutcomeData> data) {
        Set<String> kept = Set.copyOf(side.studies());
        List<String> omitted = side.outcome().isEmpty() ? List.of()
                : data.stream().map(StudyOutcomeData::label).filter(l -> !kept.contains(l)).toList();
        if (side.outcome().isEmpty()) {
            return new SensitivityResult(side.key(), side.description(), omitted, Optional.empty(),
                    Optional.of(side.statement().orElse("not run")));
        }
        if (side.outcome().get() instanceof AnalysisOutcome.Failed f) {
            return new SensitivityResult(side.key(), side.description(), omitted, Optional.empty(),
                    Optional.of("could not be computed: " + f.message()));
        }
        AnalysisResult r = result(side);
        if (!(r.fit() instanceof RmaFit fit)) {
            return new SensitivityResult(side.key(), side.description(), omitted, Optional.empty(),
                    Optional.of("not shown: not an inverse-variance model"));
        }
        return new SensitivityResult(side.key(), side.description(), omitted,
                Optional.of(new PooledResult.InverseVariance(fit.model(), r.prediction())), side.statement());
    }

    /** The main model's influence diagnostics with metafor's flag, or none when they were not computed. */
    static List<InfluenceRow> influence(AnalysisResult main) {
        Optional<InfluenceDiagnostics> d = main.influence().filter(b -> b instanceof BlockOutcome.Computed)
                .map(b -> ((BlockOutcome.Computed<InfluenceDiagnostics>) b).value());
        if (d.isEmpty()) {
            return List.of();
        }
        List<InfluenceRow> rows = new ArrayList<>();
        for (int i = 0; i < d.get().studies().size(); i++) {
            rows.add(new InfluenceRow(d.get().studies().get(i), d.get().influential(i)));
        }
        return rows;
    }
}
