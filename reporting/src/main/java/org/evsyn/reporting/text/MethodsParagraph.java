package org.evsyn.reporting.text;

import org.evsyn.reporting.figures.PlotTexts;
import org.evsyn.reporting.format.ConversionTexts;
import org.evsyn.reporting.format.Measures;
import org.evsyn.reporting.format.Methods;
import org.evsyn.reporting.model.OutcomeAnalysis;
import org.evsyn.reporting.model.PooledResult;
import org.evsyn.reporting.model.ReviewReport;
import org.evsyn.reporting.model.RobAssessment;
import org.evsyn.stats.ModelOptions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Writes the statistical-methods paragraph from the analysis inputs, so it always matches what was run. */
public final class MethodsParagraph {

    private MethodsParagraph() {
    }

    /** The paragraph as plain sentences. */
    public static String of(ReviewReport report) {
        ModelOptions o = report.methods().options();
        String level = PlotTexts.level(o.level());
        List<String> s = new ArrayList<>();
        Set<String> measures = new LinkedHashSet<>();
        report.outcomes().forEach(x -> measures.add(Measures.name(x.measure()).toLowerCase(java.util.Locale.ROOT)
                + "s (" + Measures.abbreviation(x.measure()) + ")"));
        s.add("Effects were expressed as " + joinAnd(new ArrayList<>(measures)) + ", each with its " + level
                + " confidence interval (CI); ratio measures were analysed on the log scale.");
        // When no outcome uses the review's default model (all Mantel-Haenszel or Peto), each outcome says its own.
        boolean anyDefault = report.outcomes().isEmpty()
                || report.outcomes().stream().anyMatch(x -> sameModel(x.pooled(), o));
        if (anyDefault && o.method().isRandomEffects()) {
            s.add("Studies were pooled with a random-effects inverse-variance model; the between-study variance "
                    + "(tau\u00B2) was estimated by " + Methods.estimator(o.method()) + ", and CIs of the pooled "
                    + "effect used " + Methods.ciMethod(o.test()) + ".");
            s.add(level + " prediction intervals describe the range of effects expected in a new study"
                    + report.outcomes().stream().flatMap(x -> x.pooled().prediction().stream()).findFirst()
                            .map(pi -> "; " + org.evsyn.reporting.format.PredictionLabels.method(pi)).orElse("")
                    + ".");
        } else if (anyDefault) {
            s.add("Studies were pooled with a fixed-effect inverse-variance model, with " + Methods.ciMethod(o.test())
                    + ".");
        }
        for (OutcomeAnalysis x : report.outcomes()) {
            if (!sameModel(x.pooled(), o)) {
                s.add(x.name() + " was pooled with a " + describe(x.pooled()) + ".");
            }
        }
        ConversionTexts.methodsSentence(report).ifPresent(s::add);
        s.add("Heterogeneity was assessed with Cochran's Q (chi\u00B2) test and quantified with I\u00B2 and tau\u00B2.");
        if (report.outcomes().stream().anyMatch(x -> !x.subgroups().isEmpty())) {
            s.add("Subgroup differences were tested with the Q test between subgroups.");
        }
        if (report.outcomes().stream().anyMatch(x -> !x.leaveOneOut().isEmpty())) {
            s.add("Sensitivity to single studies was examined by leave-one-out analysis.");
        }
        if (report.outcomes().stream().anyMatch(x -> !x.cumulative().isEmpty())) {
            s.add("Cumulative meta-analysis added studies in the order shown.");
        }
        if (report.outcomes().stream().anyMatch(x -> x.smallStudies().isPresent())) {
            s.add("Small-study effects were assessed with funnel plots, Egger's regression test, Begg's rank "
                    + "correlation test and, where run, the trim-and-fill method.");
        }
        s.addAll(org.evsyn.reporting.network.NetworkMethods.sentences(report.beyondPairwise()));
        s.add(report.riskOfBias() instanceof RobAssessment.Assessed
                ? "Risk of bias was assessed with the Cochrane RoB 2 tool."
                : "Risk of bias was not assessed.");
        if (!report.grade().isEmpty()) {
            s.add("The certainty of the evidence was rated with GRADE.");
        }
        s.add("Analyses were run with evsyn " + report.methods().softwareVersion() + "; the accompanying R script "
                + "(analysis.R) reproduces every pooled analysis with the metafor package.");
        return String.join(" ", s);
    }

    private static String joinAnd(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static boolean sameModel(PooledResult p, ModelOptions o) {
        return p instanceof PooledResult.InverseVariance iv && iv.fit().options().equals(o);
    }

    private static String describe(PooledResult p) {
        if (p instanceof PooledResult.InverseVariance iv) {
            ModelOptions x = iv.fit().options();
            return Methods.model(p) + (x.method().isRandomEffects() ? ", tau\u00B2 estimated by "
                    + Methods.estimator(x.method()) + "," : "") + " and " + Methods.ciMethod(x.test()) + " at the "
                    + PlotTexts.level(x.level()) + " level";
        }
        return Methods.model(p);
    }
}
