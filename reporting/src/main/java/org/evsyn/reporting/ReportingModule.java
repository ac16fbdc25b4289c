package org.evsyn.reporting;

import com.google.inject.AbstractModule;
import com.google.inject.Scopes;
import org.evsyn.reporting.export.ResultsJson;
import org.evsyn.reporting.figures.CumulativeForestFigure;
import org.evsyn.reporting.figures.ForestPlotFigure;
import org.evsyn.reporting.figures.FunnelPlotFigure;
import org.evsyn.reporting.figures.PrismaFigure;
import org.evsyn.reporting.figures.ReportFigures;
import org.evsyn.reporting.figures.RobFigures;
import org.evsyn.reporting.figures.SubgroupForestFigure;
import org.evsyn.reporting.html.HtmlReport;
import org.evsyn.reporting.raster.PngRasteriser;

/** Guice bindings of the reporting module. Binding only: no I/O, no computation. */
public final class ReportingModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(ForestPlotFigure.class).in(Scopes.SINGLETON);
        bind(SubgroupForestFigure.class).in(Scopes.SINGLETON);
        bind(CumulativeForestFigure.class).in(Scopes.SINGLETON);
        bind(FunnelPlotFigure.class).in(Scopes.SINGLETON);
        bind(RobFigures.class).in(Scopes.SINGLETON);
        bind(PrismaFigure.class).in(Scopes.SINGLETON);
        bind(ReportFigures.class).in(Scopes.SINGLETON);
        // The template engine is built once; its constructor only configures, templates load on first use.
        bind(HtmlReport.class).in(Scopes.SINGLETON);
        bind(ResultsJson.class).in(Scopes.SINGLETON);
        bind(PngRasteriser.class).in(Scopes.SINGLETON);
        bind(ReportWriter.class).in(Scopes.SINGLETON);
    }
}
