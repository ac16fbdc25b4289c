package org.evsyn.reporting.export;

import org.evsyn.reporting.format.RegressionTexts;

import org.evsyn.reporting.figures.FigureSet;
import org.evsyn.reporting.figures.OutcomeFigures;
import org.evsyn.reporting.model.MissingData;
import org.evsyn.reporting.model.OutcomeAnalysis;
import org.evsyn.reporting.model.ReviewReport;
import org.evsyn.reporting.model.RobAssessment;
import org.evsyn.reporting.svg.Figure;
import org.evsyn.reporting.text.AnalysisTables;
import org.evsyn.reporting.text.MethodsParagraph;
import org.evsyn.reporting.text.SummaryLines;
import org.evsyn.reporting.text.Tables;

import java.util.List;

/**
 * Writes report.md: the report's text and tables in Markdown, with links to the figure files. Text from the
 * model is escaped so it cannot break a table or turn into markup.
 */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    /** The Markdown text. */
    public static String of(ReviewReport r, FigureSet figures, boolean withPng) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(esc(r.title())).append("\n\n");
        b.append("## Review question\n\n");
        table(b, List.of("", ""), List.of(List.of("Population", r.question().population()),
                List.of("Intervention", r.question().intervention()),
                List.of("Comparator", r.question().comparator()), List.of("Outcomes", r.question().outcomes()),
                List.of("Study designs", r.question().studyDesigns())));
        b.append("## Study selection\n\n");
        figure(b, figures.prisma(), withPng);
        b.append("## Characteristics of included studies\n\n");
        table(b, Tables.characteristicsHeader(r), Tables.characteristics(r));
        org.evsyn.reporting.format.ConversionTexts.characteristicsNote(r).ifPresent(n -> b.append(esc(n)).append("\n\n"));
        b.append("## Results\n\n");
        for (int i = 0; i < r.outcomes().size(); i++) {
            OutcomeAnalysis o = r.outcomes().get(i);
            OutcomeFigures f = figures.outcomes().get(i);
            b.append("### ").append(esc(o.name())).append("\n\n").append(esc(SummaryLines.pooled(o))).append("\n\n");
            figure(b, f.forest(), withPng);
            f.subgroups().forEach(s -> figure(b, s, withPng));
            for (int m = 0; m < o.regressions().size(); m++) {
                var reg = o.regressions().get(m);
                b.append("Meta-regression on ").append(esc(reg.moderator())).append(":\n\n");
                table(b, AnalysisTables.regressionHeader(o, reg), AnalysisTables.regression(reg));
                b.append(esc(RegressionTexts.regressionSummary(reg))).append("\n\n");
                f.bubble(m).ifPresent(x -> figure(b, x, withPng));
            }
            if (!o.notRun().isEmpty()) {
                b.append("Planned analyses not run:\n\n");
                o.notRun().forEach(n -> b.append("- ").append(esc(n.description() + ": " + n.reason())).append('\n'));
                b.append('\n');
            }
            if (!o.sensitivity().isEmpty()) {
                b.append("Sensitivity analyses:\n\n");
                table(b, AnalysisTables.sensitivityHeader(o), AnalysisTables.sensitivity(o));
            }
            if (!o.leaveOneOut().isEmpty()) {
                b.append("Leave-one-out analysis:\n\n");
                table(b, Tables.leaveOneOutHeader(o), Tables.leaveOneOut(o));
            }
            if (!o.influence().isEmpty()) {
                b.append("Influence diagnostics:\n\n");
                table(b, AnalysisTables.influenceHeader(), AnalysisTables.influence(o));
                b.append(esc(AnalysisTables.influenceNote())).append("\n\n");
            }
            f.funnel().ifPresent(x -> figure(b, x, withPng));
            f.cumulative().ifPresent(x -> figure(b, x, withPng));
            NetworkMarkdown.outcome(b, r.beyondPairwise(), o.id(), figures.network(), withPng);
        }
        NetworkMarkdown.networks(b, r.beyondPairwise(), figures.network(), withPng);
        b.append("## Risk of bias\n\n");
        if (r.riskOfBias() instanceof RobAssessment.NotAssessed n) {
            b.append("Risk of bias was not assessed: ").append(esc(n.reason())).append("\n\n");
        } else {
            figures.robTraffic().ifPresent(x -> figure(b, x, withPng));
            figures.robSummary().ifPresent(x -> figure(b, x, withPng));
        }
        b.append("## Summary of findings (GRADE)\n\n");
        if (r.grade().isEmpty()) {
            b.append("The certainty of the evidence was not rated.\n\n");
        } else {
            table(b, Tables.gradeHeader(), Tables.grade(r));
            Tables.gradeFootnotes(r).forEach(f -> b.append(esc(f)).append("  \n"));
            b.append("\n");
        }
        b.append("## Adverse events by organ system\n\n");
        if (r.adverseEvents().isEmpty()) {
            b.append("No adverse event data were reported.\n\n");
        } else {
            table(b, Tables.adverseEventsHeader(r), Tables.adverseEvents(r));
        }
        notes(b, "## Analyses not possible, and why", r.notes());
        notes(b, "## Changes since the previous analysis", r.changes());
        b.append("## Missing data\n\n");
        if (r.missingData().isEmpty()) {
            b.append("Every included study contributed data to every outcome it measured.\n\n");
        }
        for (MissingData d : r.missingData()) {
            b.append("- ").append(esc(d.study() + ": " + d.outcome() + " not available (" + d.reason() + ")."))
                    .append('\n');
        }
        b.append("\n## Statistical methods\n\n").append(esc(MethodsParagraph.of(r))).append("\n\n");
        b.append("---\n\nEvidence store `").append(r.reproducibility().storeHash().replace("`", "")).append("`; ")
                .append("analysis runs ").append(esc(String.join(", ", r.reproducibility().analysisRunIds())))
                .append("; evsyn ").append(esc(r.reproducibility().evsynVersion())).append("; ")
                .append(esc(r.reproducibility().generatedOn())).append(".\n\n")
                .append("Results: [results.csv](results.csv), [results.json](results.json); ")
                .append("R script: [analysis.R](analysis.R).\n");
        return b.toString();
    }

    static void figure(StringBuilder b, Figure f, boolean withPng) {
        String file = "figures/" + f.fileName() + (withPng ? ".png" : ".svg");
        b.append("![").append(esc(f.caption())).append("](").append(file).append(")\n\n");
        b.append("*").append(esc(f.caption())).append("* [SVG](figures/").append(f.fileName()).append(".svg)\n\n");
    }

    static void table(StringBuilder b, List<String> header, List<List<String>> rows) {
        b.append('|');
        header.forEach(h -> b.append(' ').append(esc(h)).append(" |"));
        b.append("\n|");
        header.forEach(h -> b.append(" --- |"));
        b.append('\n');
        for (List<String> row : rows) {
            b.append('|');
            row.forEach(c -> b.append(' ').append(esc(c)).append(" |"));
            b.append('\n');
        }
        b.append('\n');
    }

    /**
     * Escapes what could turn text into Markdown or HTML markup: angle brackets, an ampersand that starts an
     * entity, emphasis and code marks, link brackets, table pipes and backslashes; flattens line breaks.
     */
    static String esc(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append(s.substring(i + 1).matches("(?s)^#?[A-Za-z0-9]+;.*") ? "&amp;" : "&");
                case '\n', '\r' -> b.append(' ');
                default -> {
                    if ("\\`*_[]|".indexOf(c) >= 0) {
                        b.append('\\');
                    }
                    b.append(c);
                }
            }
        }
        return b.toString();
    }

    private static void notes(StringBuilder b, String heading, java.util.List<org.evsyn.reporting.model.ReportNote> notes) {
        if (notes.isEmpty()) {
            return;
        }
        b.append(heading).append("\n\n");
        for (org.evsyn.reporting.model.ReportNote n : notes) {
            b.append("- ").append(esc(n.outcome() + ": " + n.text())).append('\n');
        }
        b.append('\n');
    }
}
