package org.evsyn.reporting.network;

import org.evsyn.reporting.model.NetworkReport;
import org.evsyn.core.review.engine.NetworkAnalysis;
import org.evsyn.reporting.format.Numbers;
import org.evsyn.reporting.svg.Figure;
import org.evsyn.reporting.svg.SvgCanvas;
import org.evsyn.reporting.svg.SvgStyle;
import org.evsyn.reporting.svg.TextWidth;
import org.evsyn.stats.network.TreatmentRanks;
import org.evsyn.stats.network.TreatmentScore;

import java.util.Comparator;
import java.util.List;

/**
 * The ranking plot: each treatment's P-score (Rücker and Schwarzer 2015) and SUCRA (Salanti et al. 2011, from the
 * simulated rank probabilities), as bars from 0 to 1, best first.
 */
final class RankingFigure {

    private static final double BAR = 12;
    private static final double ROW = 36;
    private static final double TOP = 64;
    private static final double PLOT = 300;
    private static final String SUCRA_FILL = "#9ecae1";

    private RankingFigure() {
    }

    static Figure render(NetworkReport.NetworkSection section) {
        NetworkAnalysis a = section.analysis();
        NetworkAnalysis.NetworkResult r = a.result().orElseThrow();
        List<TreatmentScore> scores = r.pScores().stream()
                .sorted(Comparator.comparingDouble(TreatmentScore::score).reversed()
                        .thenComparing(TreatmentScore::treatment)).toList();
        double labelWidth = Math.min(220, scores.stream().mapToDouble(s -> TextWidth.of(s.treatment(),
                SvgStyle.FONT_SIZE, false)).max().orElse(60)) + 16;
        double left = 12 + labelWidth;
        double width = left + PLOT + 70;
        double height = TOP + scores.size() * ROW + 44;
        String caption = a.outcome() + ": ranking of the treatments by P-score and by SUCRA ("
                + (a.direction() == org.evsyn.core.review.plan.Direction.HIGHER_IS_BETTER ? "higher" : "lower")
                + " effects are better; 1 = certainly the best). SUCRA from " + Numbers.integer(r.ranks().draws())
                + " draws of the network estimates (seed " + r.ranks().seed() + ").";
        SvgCanvas c = new SvgCanvas(width, height, "Ranking: " + a.outcome(), caption);
        c.text(12, 20, "Treatment ranking: " + a.outcome(), SvgCanvas.Anchor.START, SvgStyle.TITLE_FONT_SIZE, true,
                SvgStyle.INK, "title");
        c.rect(left, 34, 10, 10, SvgStyle.STUDY, null, null);
        c.text(left + 14, 43, "P-score", SvgCanvas.Anchor.START, SvgStyle.SMALL_FONT_SIZE, false, SvgStyle.INK, null);
        c.rect(left + 90, 34, 10, 10, SUCRA_FILL, null, null);
        c.text(left + 104, 43, "SUCRA", SvgCanvas.Anchor.START, SvgStyle.SMALL_FONT_SIZE, false, SvgStyle.INK, null);
        double bottom = TOP + scores.size() * ROW;
        for (int t = 0; t <= 4; t++) {
            double x = left + PLOT * t / 4.0;
            c.line(x, TOP - 4, x, bottom, t == 0 ? SvgStyle.INK : "#d9d9d9", 1);
            c.text(x, bottom + 16, Numbers.fixed(t / 4.0, 2), SvgCanvas.Anchor.MIDDLE, SvgStyle.SMALL_FONT_SIZE, false,
                    SvgStyle.INK, null);
        }
        c.group("bars");
        for (int i = 0; i < scores.size(); i++) {
            TreatmentScore s = scores.get(i);
            double y = TOP + i * ROW + 4;
            double sucra = r.ranks().treatments().stream().filter(x -> x.treatment().equals(s.treatment()))
                    .mapToDouble(TreatmentRanks::sucra).findFirst().orElse(Double.NaN);
            c.text(12, y + BAR + 4, s.treatment(), SvgCanvas.Anchor.START, SvgStyle.FONT_SIZE, false, SvgStyle.INK,
                    null, labelWidth - 8);
            c.rect(left, y, PLOT * s.score(), BAR, SvgStyle.STUDY, null, "p-score");
            c.text(left + PLOT * s.score() + 4, y + BAR - 2, Numbers.two(s.score()), SvgCanvas.Anchor.START,
                    SvgStyle.SMALL_FONT_SIZE, false, SvgStyle.INK, null);
            if (Double.isFinite(sucra)) {
                c.rect(left, y + BAR + 2, PLOT * sucra, BAR, SUCRA_FILL, null, "sucra");
                c.text(left + PLOT * sucra + 4, y + 2 * BAR, Numbers.two(sucra), SvgCanvas.Anchor.START,
                        SvgStyle.SMALL_FONT_SIZE, false, SvgStyle.INK, null);
            }
        }
        c.end();
        c.text(left + PLOT / 2, bottom + 34, "Score (0 = worst, 1 = best)", SvgCanvas.Anchor.MIDDLE,
                SvgStyle.SMALL_FONT_SIZE, false, SvgStyle.INK, null);
        return new Figure("network-ranking-" + section.id(), caption, c.finish(), width, height);
    }
}
