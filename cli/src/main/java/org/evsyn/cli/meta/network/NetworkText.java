package org.evsyn.cli.meta.network;

import org.evsyn.stats.model.ChiSquareTest;
import org.evsyn.stats.network.DesignQ;
import org.evsyn.stats.network.NetworkFit;
import org.evsyn.stats.network.NetworkHeterogeneity;
import org.evsyn.stats.network.NetworkMethod;
import org.evsyn.stats.network.NetworkOptions;
import org.evsyn.stats.network.NodeSplit;
import org.evsyn.stats.network.QDecomposition;
import org.evsyn.stats.network.RankProbabilities;
import org.evsyn.stats.network.RankingDirection;
import org.evsyn.stats.network.RelativeEffect;
import org.evsyn.stats.network.TreatmentRanks;
import org.evsyn.stats.network.TreatmentScore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The readable summary of {@code evsyn nma}, in the spirit of netmeta's printout: the network, the effects versus
 * the reference (as ratios for OR and RR), heterogeneity and the decomposition of Q, the league table, P-scores and
 * SUCRA, and the node-splits. Numbers use {@link Locale#ROOT}.
 */
final class NetworkText {

    private final StringBuilder out = new StringBuilder(8192);
    private final NetworkFit fit;
    private final RankProbabilities ranks;
    private final String source;
    private final boolean ratio;
    private final String measure;

    NetworkText(NetworkFit fit, RankProbabilities ranks, String source) {
        this.fit = fit;
        this.ranks = ranks;
        this.source = source;
        this.ratio = fit.options().measure().isRatio();
        this.measure = fit.options().measure().name();
    }

    /** The report, ending in a line break. */
    String render() {
        heading();
        effects();
        heterogeneity();
        decomposition();
        league();
        rankings();
        splits();
        return out.toString();
    }

    private void heading() {
        NetworkOptions o = fit.options();
        line("Network meta-analysis of %s", source);
        line("Model: %s, %s; contrast-based, correlation 1/2 within multi-arm studies; %s%% confidence intervals",
                model(o.method()), measure + (ratio ? " (fitted on the log scale)" : ""), num(o.level()));
        var geometry = fit.geometry();
        line("Studies: %d; treatments: %d; pairwise contrasts k = %d; designs: %d", fit.studies(),
                fit.treatmentCount(), fit.k(), geometry.designs().size());
        if (!fit.studiesDropped().isEmpty()) {
            line("Dropped (no events, or only events, in every arm): %s", String.join(", ", fit.studiesDropped()));
        }
        if (ratio) {
            line("Continuity correction %s to %s", num(o.correction().value()),
                    o.correction().rule().name().equals("ALL") ? "every study" : "studies with a zero cell");
        }
        out.append('\n');
    }

    private static String model(NetworkMethod m) {
        return switch (m) {
            case FE -> "common effect (FE)";
            case REML -> "random effects, tau^2 by REML";
            case ML -> "random effects, tau^2 by ML";
            case DL -> "random effects, tau^2 by generalised DerSimonian-Laird";
        };
    }

    private void effects() {
        line("Treatment effects versus %s (%s, %s%% CI):", fit.reference(), measure, num(fit.options().level()));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"treatment", measure, "CI", "z", "p"});
        for (RelativeEffect e : fit.effectsVsReference()) {
            rows.add(new String[] {e.treatment1(), est(e.estimate()), ci(e), fixed(e.zval(), 2), p(e.pval())});
        }
        table(rows);
        ChiSquareTest qm = fit.qm();
        line("Test of all effects versus %s: QM = %s, df = %d, p %s", fit.reference(), fixed(qm.stat(), 2), qm.df(),
                pWithSign(qm.pval()));
        out.append('\n');
    }

    private void heterogeneity() {
        NetworkHeterogeneity h = fit.heterogeneity();
        line("Heterogeneity / inconsistency:");
        line("  tau^2 = %s; tau = %s; I^2 = %s%% [%s%%; %s%%]", fixed(h.tau2(), 4), fixed(h.tau(), 4),
                fixed(h.i2(), 1), fixed(h.i2Lower(), 1), fixed(h.i2Upper(), 1));
        line("  Q = %s, df = %d, p %s", fixed(h.q().stat(), 2), h.q().df(), pWithSign(h.q().pval()));
        out.append('\n');
    }

    private void decomposition() {
        QDecomposition d = fit.decomposition();
        line("Decomposition of Q (Krahn et al. 2013):");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"", "Q", "df", "p"});
        rows.add(test("Total", d.total()));
        rows.add(test("Within designs", d.withinDesigns()));
        rows.add(test("Between designs", d.betweenDesigns()));
        table(rows);
        if (!d.designs().isEmpty()) {
            line("Within designs, by design:");
            rows = new ArrayList<>();
            rows.add(new String[] {"design", "Q", "df", "p"});
            for (DesignQ q : d.designs()) {
                rows.add(test(q.design(), q.q()));
            }
            table(rows);
        }
        ChiSquareTest random = d.betweenDesignsRandom();
        line("Between designs, full design-by-treatment interaction random effects model: Q = %s, df = %d, p %s "
                + "(tau within designs = %s)", fixed(random.stat(), 2), random.df(), pWithSign(random.pval()),
                fixed(d.tauWithin(), 4));
        out.append('\n');
    }

    private String[] test(String name, ChiSquareTest t) {
        return new String[] {name, fixed(t.stat(), 2), Integer.toString(t.df()), p(t.pval())};
    }

    private void league() {
        List<String> treatments = fit.treatments();
        Map<String, RelativeEffect> byPair = new HashMap<>();
        for (RelativeEffect e : fit.league()) {
            byPair.put(e.treatment1() + '\u0000' + e.treatment2(), e);
        }
        line("League table (%s of the row treatment versus the column treatment, %s%% CI):", measure,
                num(fit.options().level()));
        List<String[]> rows = new ArrayList<>();
        String[] head = new String[treatments.size() + 1];
        head[0] = "";
        for (int j = 0; j < treatments.size(); j++) {
            head[j + 1] = treatments.get(j);
        }
        rows.add(head);
        for (String t1 : treatments) {
            String[] row = new String[treatments.size() + 1];
            row[0] = t1;
            for (int j = 0; j < treatments.size(); j++) {
                String t2 = treatments.get(j);
                RelativeEffect e = byPair.get(t1 + '\u0000' + t2);
                row[j + 1] = e == null ? "." : est(e.estimate()) + " " + ci(e);
            }
            rows.add(row);
        }
        table(rows);
        out.append('\n');
    }

    private void rankings() {
        boolean higher = fit.options().direction() == RankingDirection.HIGHER_IS_BETTER;
        Map<String, TreatmentRanks> sucra = new HashMap<>();
        for (TreatmentRanks r : ranks.treatments()) {
            sucra.put(r.treatment(), r);
        }
        line("Ranking (%s effects are better): P-scores, and SUCRA from %d draws (seed %d):",
                higher ? "higher" : "lower", ranks.draws(), ranks.seed());
        List<TreatmentScore> scores = new ArrayList<>(fit.pScores());
        scores.sort(Comparator.comparingDouble(TreatmentScore::score).reversed());
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"treatment", "P-score", "SUCRA", "mean rank"});
        for (TreatmentScore s : scores) {
            TreatmentRanks r = sucra.get(s.treatment());
            rows.add(new String[] {s.treatment(), fixed(s.score(), 4), r == null ? "" : fixed(r.sucra(), 4),
                    r == null ? "" : fixed(r.meanRank(), 2)});
        }
        table(rows);
        out.append('\n');
    }

    private void splits() {
        List<NodeSplit> splits = fit.netsplit();
        if (splits.isEmpty()) {
            line("Node-splitting: no comparison has both direct and indirect evidence.");
            return;
        }
        line("Node-splitting (back-calculation; %s, first versus second treatment):", measure);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"comparison", "studies", "direct prop.", "network", "direct", "indirect",
                "difference", "z", "p"});
        for (NodeSplit s : splits) {
            rows.add(new String[] {s.treatment1() + " vs " + s.treatment2(), Integer.toString(s.directStudies()),
                    fixed(s.directProportion(), 2), est(s.nma().estimate()), est(s.direct().estimate()),
                    est(s.indirect().estimate()), est(s.difference()), fixed(s.zval(), 2), p(s.pval())});
        }
        table(rows);
        if (ratio) {
            line("(The difference is on the ratio scale: direct / indirect.)");
        }
    }

    /** An estimate on the reported scale: exp() of a log ratio. */
    private String est(double x) {
        return fixed(ratio ? Math.exp(x) : x, ratio ? 3 : 4);
    }

    private String ci(RelativeEffect e) {
        return "[" + est(e.ciLower()) + "; " + est(e.ciUpper()) + "]";
    }

    private static String p(double p) {
        if (Double.isNaN(p)) {
            return "-";
        }
        return p < 0.0001 ? "< 0.0001" : fixed(p, 4);
    }

    private static String pWithSign(double p) {
        String s = p(p);
        return s.startsWith("<") || s.equals("-") ? s : "= " + s;
    }

    private static String fixed(double x, int decimals) {
        if (Double.isNaN(x)) {
            return "-";
        }
        String s = String.format(Locale.ROOT, "%." + decimals + "f", x);
        // No "-0.0000": a value that rounds to zero is zero.
        return s.matches("-0\\.?0*") ? s.substring(1) : s;
    }

    private static String num(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }

    private void line(String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    /** Columns padded to their widest cell: the first left-aligned, the others right-aligned. */
    private void table(List<String[]> rows) {
        int columns = rows.get(0).length;
        int[] width = new int[columns];
        for (String[] r : rows) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder b = new StringBuilder("  ");
            for (int c = 0; c < columns; c++) {
                if (c == 0) {
                    b.append(r[c]).append(" ".repeat(width[c] - r[c].length()));
                } else {
                    b.append("  ").append(" ".repeat(width[c] - r[c].length())).append(r[c]);
                }
            }
            out.append(b.toString().stripTrailing()).append('\n');
        }
    }
}
