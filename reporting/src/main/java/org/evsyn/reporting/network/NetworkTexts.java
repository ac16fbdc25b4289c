package org.evsyn.reporting.network;

import org.evsyn.core.review.engine.NetworkAnalysis;
import org.evsyn.core.review.plan.Direction;
import org.evsyn.reporting.figures.PlotTexts;
import org.evsyn.reporting.format.Measures;
import org.evsyn.reporting.format.Numbers;
import org.evsyn.reporting.model.ReportMeasure;
import org.evsyn.stats.network.NetworkHeterogeneity;
import org.evsyn.stats.network.QDecomposition;
import org.evsyn.stats.network.RelativeEffect;
import org.evsyn.stats.network.TreatmentScore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The sentences and the league table of a network meta-analysis, from the engine's numbers. */
public final class NetworkTexts {

    private NetworkTexts() {
    }

    /** "random-effects model (τ² by REML)" and the like. */
    static String model(NetworkAnalysis.NetworkResult r) {
        return switch (r.method()) {
            case "FE" -> "common-effect model";
            case "DL" -> "random-effects model (\u03C4\u00B2 by the generalised DerSimonian-Laird method)";
            case "ML" -> "random-effects model (\u03C4\u00B2 by maximum likelihood)";
            default -> "random-effects model (\u03C4\u00B2 by REML)";
        };
    }

    /** The confidence level, e.g. "95%". */
    static String level(NetworkAnalysis.NetworkResult r) {
        return PlotTexts.level(r.level());
    }

    /** The favours-label under one side of an axis whose low values lie on the left. */
    static String favours(NetworkAnalysis a, boolean left, String first, String second) {
        boolean firstOnLeft = a.direction() == Direction.LOWER_IS_BETTER;
        return "Favours " + (left == firstOnLeft ? first : second);
    }

    static String capitalise(String s) {
        return PlotTexts.capitalise(s);
    }

    /** The treatments best first by P-score, for the league table. */
    static List<String> byScore(NetworkAnalysis.NetworkResult r) {
        return r.pScores().stream().sorted(Comparator.comparingDouble(TreatmentScore::score).reversed()
                .thenComparing(TreatmentScore::treatment)).map(TreatmentScore::treatment).toList();
    }

    /** The league table's header: the treatments, best first. */
    public static List<String> leagueHeader(NetworkAnalysis.NetworkResult r) {
        return byScore(r);
    }

    /**
     * The league table's rows: treatments on the diagonal, best first by P-score; below it, the column's treatment
     * against the row's, estimate with its confidence interval on the display scale (ratios as ratios).
     */
    public static List<List<String>> league(NetworkAnalysis.NetworkResult r, ReportMeasure measure) {
        List<String> order = byScore(r);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            List<String> row = new ArrayList<>();
            for (int j = 0; j < order.size(); j++) {
                if (j == i) {
                    row.add(order.get(i));
                } else if (j < i) {
                    row.add(r.versus(order.get(j), order.get(i)).map(e -> Measures.effectWithCi(measure,
                            e.estimate(), e.ciLower(), e.ciUpper())).orElse(""));
                } else {
                    row.add("");
                }
            }
            rows.add(row);
        }
        return rows;
    }

    /** What the league table shows, in one sentence. */
    public static String leagueNote(NetworkAnalysis a, ReportMeasure measure) {
        NetworkAnalysis.NetworkResult r = a.result().orElseThrow();
        String abbreviation = Measures.abbreviation(measure);
        String above = measure.isRatio() ? "above 1" : "above 0";
        return "Treatments are ordered by P-score, best first. Each cell below the diagonal is the " + abbreviation
                + " of the column's treatment against the row's, with its " + level(r) + " confidence interval; "
                + "a value " + above + " means more of the outcome with the column's treatment, which is "
                + (a.direction() == Direction.HIGHER_IS_BETTER ? "better" : "worse") + ".";
    }

    /** The fit in sentences: size of the network, heterogeneity, inconsistency, rankings. */
    public static List<String> summary(NetworkAnalysis a, ReportMeasure measure) {
        NetworkAnalysis.NetworkResult r = a.result().orElseThrow();
        List<String> s = new ArrayList<>();
        long arms = a.data().arms().size();
        s.add(r.studies() + " studies (" + arms + " arms, " + r.k() + " within-study comparisons) compare "
                + r.treatments().size() + " treatments: " + String.join(", ", r.treatments()) + "; reference "
                + r.reference() + ". " + capitalise(model(r)) + "; multi-arm studies enter with all their arms.");
        NetworkHeterogeneity h = r.heterogeneity();
        if (h.q().df() == 0) {
            s.add("Heterogeneity and inconsistency cannot be assessed: Q has no degrees of freedom (as many "
                    + "within-study comparisons as treatment effects).");
            s.add(ranking(r));
            return s;
        }
        s.add("Heterogeneity and inconsistency: \u03C4\u00B2 = " + Numbers.fixed(h.tau2(), 4) + ", "
                + Numbers.i2Statement(h.i2()) + (Double.isFinite(h.i2Lower()) ? " [" + Numbers.percentInteger(
                h.i2Lower()) + ", " + Numbers.percentInteger(h.i2Upper()) + "]" : "") + "; Q = "
                + Numbers.two(h.q().stat()) + " (df = " + h.q().df() + "), " + Numbers.p(h.q().pval()) + ".");
        r.decomposition().ifPresent(d -> s.add(decomposition(d)));
        if (!r.studiesDropped().isEmpty()) {
            s.add("Left out of the fit (no events, or only events, in every arm): " + String.join(", ",
                    r.studiesDropped()) + ".");
        }
        s.add(ranking(r));
        return s;
    }

    private static String ranking(NetworkAnalysis.NetworkResult r) {
        List<String> best = byScore(r);
        TreatmentScore top = r.pScores().stream().filter(x -> x.treatment().equals(best.get(0))).findFirst()
                .orElseThrow();
        return "Ranking: " + top.treatment() + " ranks first (P-score " + Numbers.two(top.score()) + ").";
    }

    private static String decomposition(QDecomposition d) {
        return "Q splits into " + Numbers.two(d.withinDesigns().stat()) + " within designs (df = "
                + d.withinDesigns().df() + ", " + Numbers.p(d.withinDesigns().pval()) + ") and "
                + Numbers.two(d.betweenDesigns().stat()) + " between designs, the inconsistency (df = "
                + d.betweenDesigns().df() + ", " + Numbers.p(d.betweenDesigns().pval()) + "; Krahn et al. 2013).";
    }

    /** Each treatment against the reference as text, for the Markdown report. */
    public static List<String> vsReference(NetworkAnalysis.NetworkResult r, ReportMeasure measure) {
        List<String> out = new ArrayList<>();
        for (RelativeEffect e : r.vsReference()) {
            out.add(e.treatment1() + " vs " + e.treatment2() + ": " + Measures.abbreviation(measure) + " "
                    + Measures.effectWithCi(measure, e.estimate(), e.ciLower(), e.ciUpper()));
        }
        return out;
    }
}
