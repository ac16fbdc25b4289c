package org.evsyn.reporting.figures;

import com.google.inject.Inject;
import org.evsyn.reporting.model.OutcomeAnalysis;
import org.evsyn.reporting.model.RobAssessment;
import org.evsyn.reporting.model.ReviewReport;
import org.evsyn.reporting.svg.Figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Draws every figure of a report. */
public final class ReportFigures {

    private final ForestPlotFigure forest;
    private final SubgroupForestFigure subgroup;
    private final FunnelPlotFigure funnel;
    private final CumulativeForestFigure cumulative;
    private final RobFigures rob;
    private final PrismaFigure prisma;
    private final BubblePlotFigure bubble;

    /** Takes the figure builders. */
    @Inject
    public ReportFigures(ForestPlotFigure forest, SubgroupForestFigure subgroup, FunnelPlotFigure funnel,
                         CumulativeForestFigure cumulative, RobFigures rob, PrismaFigure prisma,
                         BubblePlotFigure bubble) {
        this.forest = Objects.requireNonNull(forest, "forest");
        this.subgroup = Objects.requireNonNull(subgroup, "subgroup");
        this.funnel = Objects.requireNonNull(funnel, "funnel");
        this.cumulative = Objects.requireNonNull(cumulative, "cumulative");
        this.rob = Objects.requireNonNull(rob, "rob");
        this.prisma = Objects.requireNonNull(prisma, "prisma");
        this.bubble = Objects.requireNonNull(bubble, "bubble");
    }

    /** Draws all figures of the report. */
    public FigureSet render(ReviewReport report) {
        String i = report.interventionLabel();
        String c = report.comparatorLabel();
        List<OutcomeFigures> outcomes = new ArrayList<>();
        for (OutcomeAnalysis o : report.outcomes()) {
            List<Figure> subgroups = new ArrayList<>();
            for (int s = 0; s < o.subgroups().size(); s++) {
                subgroups.add(subgroup.render(o, o.subgroups().get(s), s + 1, i, c));
            }
            List<Optional<Figure>> bubbles = new ArrayList<>();
            for (int r = 0; r < o.regressions().size(); r++) {
                bubbles.add(bubble.render(o, o.regressions().get(r), r + 1));
            }
            outcomes.add(new OutcomeFigures(forest.render(o, i, c), subgroups,
                    o.smallStudies().map(x -> funnel.render(o)),
                    o.cumulative().isEmpty() ? Optional.empty() : Optional.of(cumulative.render(o, i, c)), bubbles));
        }
        Optional<Figure> traffic = Optional.empty();
        Optional<Figure> summary = Optional.empty();
        if (report.riskOfBias() instanceof RobAssessment.Assessed a) {
            traffic = Optional.of(rob.trafficLight(a));
            summary = Optional.of(rob.summary(a));
        }
        return new FigureSet(prisma.render(report.prisma()), outcomes, traffic, summary);
    }
}
