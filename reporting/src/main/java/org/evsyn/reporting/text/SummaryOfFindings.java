package org.evsyn.reporting.text;

import org.evsyn.core.domain.Plurals;
import org.evsyn.reporting.format.Measures;
import org.evsyn.reporting.model.AbsoluteRisk;
import org.evsyn.reporting.model.GradeRow;
import org.evsyn.reporting.model.ReviewReport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The GRADE summary-of-findings table as GRADEpro and Cochrane lay it out: relative effect, assumed risk without
 * the intervention, corresponding risk with it (per 1,000, with the difference), participants and studies, and the
 * certainty with footnote marks; each distinct footnote is printed once, under the table.
 */
final class SummaryOfFindings {

    private SummaryOfFindings() {
    }

    static List<String> header() {
        return List.of("Outcome", "Relative effect (95% CI)", "Risk without the intervention",
                "Risk with the intervention (95% CI)", "Participants (studies)", "Certainty");
    }

    static List<List<String>> rows(ReviewReport r) {
        Map<String, String> marks = marks(r);
        List<List<String>> rows = new ArrayList<>();
        for (GradeRow g : r.grade()) {
            String effect = Measures.abbreviation(g.measure()) + " "
                    + Measures.effectWithCi(g.measure(), g.estimate(), g.ciLower(), g.ciUpper());
            String relative = g.absolute().isPresent() ? effect : "-";
            String assumed = g.absolute().map(a -> a.assumed() + " per 1,000").orElse("-");
            String with = g.absolute().map(SummaryOfFindings::corresponding).orElse(effect);
            List<String> keys = List.copyOf(marks.keySet());
            List<String> own = g.reasons().stream().distinct().sorted(java.util.Comparator.comparingInt(keys::indexOf))
                    .map(marks::get).toList();
            String certainty = g.certainty().symbols() + " " + g.certainty().label()
                    + (own.isEmpty() ? "" : " " + String.join(",", own));
            rows.add(List.of(g.outcome(), relative, assumed, with,
                    g.participants() + " (" + Plurals.of(g.studies(), "study", "studies") + ")", certainty));
        }
        return rows;
    }

    /** "a. Risk of bias (-1): ...", one line per distinct footnote, in the order of the marks. */
    static List<String> footnotes(ReviewReport r) {
        List<String> out = new ArrayList<>();
        marks(r).forEach((text, mark) -> out.add(mark + ". " + text));
        return out;
    }

    private static Map<String, String> marks(ReviewReport r) {
        Map<String, String> marks = new LinkedHashMap<>();
        for (GradeRow g : r.grade()) {
            for (String reason : g.reasons()) {
                marks.computeIfAbsent(reason, x -> mark(marks.size()));
            }
        }
        return marks;
    }

    /** a, b, ..., z, aa, ab, ... */
    private static String mark(int i) {
        return i < 26 ? String.valueOf((char) ('a' + i)) : mark(i / 26 - 1) + mark(i % 26);
    }

    private static String corresponding(AbsoluteRisk a) {
        return a.corresponding() + " per 1,000 (" + a.lower() + " to " + a.upper() + "); "
                + difference(a.corresponding() - a.assumed()) + " per 1,000 (" + difference(a.lower() - a.assumed())
                + " to " + difference(a.upper() - a.assumed()) + ")";
    }

    private static String difference(long d) {
        return d < 0 ? -d + " fewer" : d + " more";
    }
}
