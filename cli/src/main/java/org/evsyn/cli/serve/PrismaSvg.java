package org.evsyn.cli.serve;

import org.evsyn.core.review.screening.PrismaCounts;
import org.evsyn.reporting.figures.PrismaFigure;
import org.evsyn.reporting.review.PrismaFlows;

/** The PRISMA 2020 diagram of the current counts, drawn by the report's own figure. */
final class PrismaSvg {

    private final PrismaFigure figure = new PrismaFigure();

    String render(PrismaCounts counts) {
        return figure.render(PrismaFlows.of(counts)).svg();
    }
}
