package org.evsyn.reporting.text;

import org.evsyn.reporting.figures.FunnelPlotFigure;
import org.evsyn.reporting.figures.PlotTexts;
import org.evsyn.reporting.format.Measures;
import org.evsyn.reporting.format.Numbers;
import org.evsyn.reporting.model.OutcomeAnalysis;
import org.evsyn.reporting.model.PooledResult;

import java.util.ArrayList;
import java.util.List;

/** One-line summaries of an outcome's results for the report text. */
public final class SummaryLines {

    private SummaryLines() {
    }

    /** "RR 0.49 [95% CI 0.34 to 0.70], P < 0.001; 13 studies, 357347 participants; I² = 92%; 95% PI 0.15 to 1.55." */
    public static String pooled(OutcomeAnalysis o) {
        PooledResult p = o.pooled();
        String level = PlotTexts.level(p.level());
        StringBuilder b = new StringBuilder();
        b.append(Measures.abbreviation(o.measure())).append(' ')
                .append(Numbers.two(Measures.display(o.measure(), p.estimate()))).append(" (").append(level)
                .append(" CI ").append(Numbers.two(Measures.display(o.measure(), p.ciLower()))).append(" to ")
                .append(Numbers.two(Measures.display(o.measure(), p.ciUpper()))).append("), ")
                .append(Numbers.p(p.pval())).append("; ").append(p.k()).append(p.k() == 1 ? " study" : " studies");
        int n = o.participants();
        if (n > 0) {
            b.append(", ").append(n).append(" participants");
        }
        // One study has no heterogeneity to describe and no prediction interval (none below three studies).
        if (p.k() > 1) {
            b.append("; ").append(Numbers.i2Statement(p.i2()));
        }
        p.prediction().ifPresent(pi -> b.append("; ").append(level).append(" prediction interval ")
                .append(Numbers.two(Measures.display(o.measure(), pi.lower()))).append(" to ")
                .append(Numbers.two(Measures.display(o.measure(), pi.upper())))
                .append(" (").append(org.evsyn.reporting.format.PredictionLabels.of(pi)).append(')'));
        return b.append('.').toString();
    }

    /** The funnel-plot sentences (Egger, Begg, trim-and-fill). */
    public static List<String> smallStudies(OutcomeAnalysis o) {
        List<String> lines = new ArrayList<>();
        o.smallStudies().ifPresent(s -> {
            s.egger().ifPresent(e -> lines.add(FunnelPlotFigure.egger(e)));
            s.begg().ifPresent(b -> lines.add(FunnelPlotFigure.begg(b)));
            s.trimAndFill().ifPresent(t -> lines.add(FunnelPlotFigure.trimAndFill(o, t)));
        });
        return lines;
    }
}
