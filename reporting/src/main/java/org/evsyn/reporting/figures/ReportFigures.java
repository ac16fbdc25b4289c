package org.evsyn.reporting.figures;

import com.google.inject.Inject;
import org.evsyn.reporting.model.OutcomeAnalysis;
import org.evsyn.reporting.model.RobAssessment;
import org.evsyn.reporting.model.ReviewReport;
import org.evsyn.reporting.svg.Figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    private final DoseResponseFigure dose;
    private final OrganClassForestFigure organClasses;

    /** Takes the figure builders. */
    @Inject
    public ReportFigures(ForestPlotFigure forest, SubgroupForestFigure subgroup, FunnelPlotFigure funnel,
                         CumulativeForestFigure cumulative, RobFigures rob, PrismaFigure prisma,
                         BubblePlotFigure bubble, DoseResponseFigure dose, OrganClassForestFigure organClasses) {
        this.forest = Objects.requireNonNull(forest, "forest");
        this.subgroup = Objects.requireNonNull(subgroup, "subgroup");
        this.funnel = Objects.requireNonNull(funnel, "funnel");
        this.cumulative = Objects.requireNonNull(cumulative, "cumulative");
        this.rob = Objects.requireNonNull(rob, "rob");
        this.prisma = Objects.requireNonNull(prisma, "prisma");
        this.bubble = Objects.requireNonNull(bubble, "bubble");
        this.dose = Objects.requireNonNull(dose, "dose");
        this.organClasses = Objects.requireNonNull(organClasses, "organClasses");
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
        // Dose-response plots and the organ-class forest plot, separate sections of the report. The network and
        // sequential figures are added by the writer (their package draws on this one).
        List<Optional<Figure>> doses = report.doseResponse().stream().map(dose::render).toList();
        Optional<Figure> organ = report.organClasses().flatMap(x -> organClasses.render(x, i, c));
        return new FigureSet(prisma.render(report.prisma()), outcomes, traffic, summary, doses, organ, Map.of());
    }
}
