package org.evsyn.reporting.html;

import org.evsyn.reporting.format.ConversionTexts;
import org.evsyn.reporting.format.RegressionTexts;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import org.evsyn.reporting.figures.FigureSet;
import org.evsyn.reporting.figures.OutcomeFigures;
import org.evsyn.reporting.model.DoseResponseReport;
import org.evsyn.reporting.model.MissingData;
import org.evsyn.reporting.model.OutcomeAnalysis;
import org.evsyn.reporting.model.ReviewReport;
import org.evsyn.reporting.model.RobAssessment;
import org.evsyn.reporting.svg.Figure;
import org.evsyn.reporting.text.AnalysisTables;
import org.evsyn.reporting.text.DoseAndOrganClassTables;
import org.evsyn.reporting.text.MethodsParagraph;
import org.evsyn.reporting.text.SummaryLines;
import org.evsyn.reporting.text.Tables;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders {@code index.html}: one self-contained file with inline CSS and inline SVG figures, no script and no
 * network reference. Every value goes through Pebble with autoescaping on; the template receives display text
 * only (numbers already formatted with {@link Locale#ROOT}).
 */
public final class HtmlReport {

    private static final String TEMPLATE = "org/evsyn/reporting/templates/report.peb";

    private final PebbleEngine engine;

    /** Builds the template engine: classpath templates, HTML autoescaping, strict variables, no cache surprises. */
    public HtmlReport() {
        this.engine = new PebbleEngine.Builder()
                .loader(new ClasspathLoader(HtmlReport.class.getClassLoader()))
                .autoEscaping(true)
                .defaultEscapingStrategy("html")
                .strictVariables(false)
                .newLineTrimming(false)
                .defaultLocale(Locale.ROOT)
                .build();
    }

    /**
     * Renders the report.
     *
     * @param report     the review
     * @param figures    its figures
     * @param withPng    whether PNG files are written next to the SVG files (for the download links)
     * @return the HTML text
     */
    public String render(ReviewReport report, FigureSet figures, boolean withPng) {
        Map<String, Object> ctx = new HashMap<>();
        ctx.put("title", report.title());
        ctx.put("pico", Map.of("population", report.question().population(),
                "intervention", report.question().intervention(),
                "comparator", report.question().comparator(),
                "outcomes", report.question().outcomes(),
                "designs", report.question().studyDesigns()));
        ctx.put("prisma", figure(figures.prisma(), withPng));
        ctx.put("characteristics", table(Tables.characteristicsHeader(report), Tables.characteristics(report)));
        ctx.put("characteristicsNote", ConversionTexts.characteristicsNote(report).orElse(""));
        List<Map<String, Object>> outcomes = new ArrayList<>();
        for (int i = 0; i < report.outcomes().size(); i++) {
            OutcomeAnalysis o = report.outcomes().get(i);
            OutcomeFigures f = figures.outcomes().get(i);
            Map<String, Object> m = new HashMap<>();
            m.put("id", o.id());
            m.put("name", o.name());
            m.put("summary", SummaryLines.pooled(o));
            m.put("forest", figure(f.forest(), withPng));
            List<Map<String, Object>> subgroups = new ArrayList<>();
            f.subgroups().forEach(s -> subgroups.add(figure(s, withPng)));
            m.put("subgroups", subgroups);
            List<Map<String, Object>> regressions = new ArrayList<>();
            for (int r = 0; r < o.regressions().size(); r++) {
                var reg = o.regressions().get(r);
                Map<String, Object> x = new HashMap<>();
                x.put("moderator", reg.moderator());
                x.put("table", table(AnalysisTables.regressionHeader(o, reg), AnalysisTables.regression(reg)));
                x.put("summary", RegressionTexts.regressionSummary(reg));
                f.bubble(r).ifPresent(b -> x.put("bubble", figure(b, withPng)));
                regressions.add(x);
            }
            m.put("regressions", regressions);
            m.put("notRun", o.notRun().stream().map(n -> n.description() + ": " + n.reason()).toList());
            if (!o.sensitivity().isEmpty()) {
                m.put("sensitivity", table(AnalysisTables.sensitivityHeader(o), AnalysisTables.sensitivity(o)));
            }
            if (!o.leaveOneOut().isEmpty()) {
                m.put("leaveOneOut", table(Tables.leaveOneOutHeader(o), Tables.leaveOneOut(o)));
            }
            if (!o.influence().isEmpty()) {
                m.put("influence", table(AnalysisTables.influenceHeader(), AnalysisTables.influence(o)));
                m.put("influenceNote", AnalysisTables.influenceNote());
            }
            f.funnel().ifPresent(x -> m.put("funnel", figure(x, withPng)));
            f.cumulative().ifPresent(x -> m.put("cumulative", figure(x, withPng)));
            NetworkHtml.outcome(report.beyondPairwise(), o.id(), figures.network(), withPng, m);
            outcomes.add(m);
        }
        ctx.put("outcomes", outcomes);
        ctx.put("networks", NetworkHtml.networks(report.beyondPairwise(), figures.network(), withPng));
        Map<String, Object> rob = new HashMap<>();
        if (report.riskOfBias() instanceof RobAssessment.NotAssessed n) {
            rob.put("assessed", false);
            rob.put("reason", stripFinalStop(n.reason()));
        } else {
            rob.put("assessed", true);
            rob.put("traffic", figure(figures.robTraffic().orElseThrow(), withPng));
            rob.put("summary", figure(figures.robSummary().orElseThrow(), withPng));
        }
        ctx.put("rob", rob);
        ctx.put("grade", table(Tables.gradeHeader(), Tables.grade(report)));
        ctx.put("gradeNotes", Tables.gradeFootnotes(report));
        ctx.put("adverse", table(Tables.adverseEventsHeader(report), Tables.adverseEvents(report)));
        List<Map<String, Object>> doses = new ArrayList<>();
        for (int i = 0; i < report.doseResponse().size(); i++) {
            DoseResponseReport d = report.doseResponse().get(i);
            Map<String, Object> x = new HashMap<>();
            x.put("title", d.outcome() + " by " + d.doseLabel());
            if (!d.models().isEmpty()) {
                x.put("table", table(DoseAndOrganClassTables.doseModelsHeader(d), DoseAndOrganClassTables.doseModels(d)));
            }
            figures.doseResponse().get(i).ifPresent(f -> x.put("figure", figure(f, withPng)));
            x.put("statements", d.statements());
            doses.add(x);
        }
        ctx.put("doseResponse", doses);
        report.organClasses().ifPresent(o -> {
            Map<String, Object> x = new HashMap<>();
            x.put("table", table(DoseAndOrganClassTables.organClassHeader(o), DoseAndOrganClassTables.organClasses(o)));
            figures.organClasses().ifPresent(f -> x.put("figure", figure(f, withPng)));
            x.put("notes", DoseAndOrganClassTables.organClassNotes(o));
            x.put("empty", o.classes().isEmpty());
            ctx.put("organClasses", x);
        });
        List<String> missing = new ArrayList<>();
        for (MissingData d : report.missingData()) {
            missing.add(d.study() + ": " + d.outcome() + " not available (" + d.reason() + ").");
        }
        ctx.put("missing", missing);
        ctx.put("notes", report.notes().stream().map(n -> n.outcome() + ": " + n.text()).toList());
        ctx.put("changes", report.changes().stream().map(n -> n.outcome() + ": " + n.text()).toList());
        ctx.put("methods", MethodsParagraph.of(report));
        ctx.put("footer", Map.of("storeHash", report.reproducibility().storeHash(),
                "runs", report.reproducibility().analysisRunIds().isEmpty() ? "none recorded"
                        : String.join(", ", report.reproducibility().analysisRunIds()),
                "version", report.reproducibility().evsynVersion(),
                "date", report.reproducibility().generatedOn()));
        PebbleTemplate template = engine.getTemplate(TEMPLATE);
        StringWriter out = new StringWriter();
        try {
            template.evaluate(out, ctx, Locale.ROOT);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the HTML report", e);
        }
        return out.toString();
    }

    private static String stripFinalStop(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    static Map<String, Object> figure(Figure f, boolean withPng) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", f.fileName());
        m.put("svg", f.svg());
        m.put("caption", f.caption());
        m.put("png", withPng);
        return m;
    }

    static Map<String, Object> table(List<String> header, List<List<String>> rows) {
        // Columns holding only numbers are right-aligned, as journals set them.
        List<String> align = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            final int col = c;
            boolean numeric = !rows.isEmpty() && rows.stream().allMatch(r -> col < r.size()
                    && NUMERIC.matcher(r.get(col)).matches());
            align.add(numeric ? "num" : "");
        }
        return Map.of("header", header, "rows", rows, "align", align);
    }

    private static final java.util.regex.Pattern NUMERIC =
            java.util.regex.Pattern.compile("[-<0-9.\\s\\[\\],%/()]+");
}
