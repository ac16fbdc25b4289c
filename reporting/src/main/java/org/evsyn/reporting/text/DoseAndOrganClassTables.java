package org.evsyn.reporting.text;

import org.evsyn.reporting.figures.PlotTexts;
import org.evsyn.reporting.format.Measures;
import org.evsyn.reporting.format.Numbers;
import org.evsyn.reporting.model.DoseResponseReport;
import org.evsyn.reporting.model.OrganClassReport;
import org.evsyn.reporting.model.ReportMeasure;
import org.evsyn.stats.adverse.OrganClassPooled;
import org.evsyn.stats.adverse.OrganClassStudy;
import org.evsyn.stats.effect.EffectMeasure;
import org.evsyn.stats.regression.Coefficient;
import org.evsyn.stats.regression.MetaRegressionFit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The tables of the dose-response and organ-class sections. */
public final class DoseAndOrganClassTables {

    private static final ReportMeasure OR = new ReportMeasure(EffectMeasure.OR, true);

    private DoseAndOrganClassTables() {
    }

    /** Headings of a dose-response section's table of models. */
    public static List<String> doseModelsHeader(DoseResponseReport d) {
        String scale = d.measure().isRatio() ? " (log " + Measures.abbreviation(d.measure()) + ")" : "";
        String level = d.models().isEmpty() ? "95%" : PlotTexts.level(d.models().get(0).fit().options().level());
        return List.of("Model", "Coefficient", "Estimate" + scale, "SE", level + " CI", "P", "\u03C4\u00B2",
                "Test of moderators", "Knots");
    }

    /** One row per coefficient of each model; model-level values on its first row. */
    public static List<List<String>> doseModels(DoseResponseReport d) {
        List<List<String>> rows = new ArrayList<>();
        for (DoseResponseReport.Model m : d.models()) {
            MetaRegressionFit f = m.fit();
            for (int j = 0; j < f.coefficients().size(); j++) {
                Coefficient c = f.coefficients().get(j);
                boolean first = j == 0;
                rows.add(List.of(first ? m.label() : "", c.name().equals("intrcpt") ? "intercept" : c.name(),
                        sig(c.estimate()), sig(c.se()), "[" + sig(c.ciLower()) + ", " + sig(c.ciUpper()) + "]",
                        Numbers.pValue(c.pval()).replace("= ", ""),
                        first ? Numbers.fixed(f.tau2(), 4) : "",
                        first ? f.moderatorTest().map(t -> (t.denominatorDf().isPresent() ? "F" : "QM") + " = "
                                + Numbers.two(t.statistic()) + ", P " + Numbers.pValue(t.pval())).orElse("") : "",
                        first ? String.join(", ", m.knots().stream().map(DoseAndOrganClassTables::sig).toList())
                                : ""));
            }
        }
        return rows;
    }

    /** Headings of the organ-class table. */
    public static List<String> organClassHeader(OrganClassReport r) {
        String level = PlotTexts.level(r.level());
        return List.of("System organ class", "Studies", "Events/total (intervention)", "Events/total (control)",
                "OR [" + level + " CI]", "P", "I\u00B2", "Outliers (studentized residual)", "Egger P", "Begg P");
    }

    /** One row per organ class. */
    public static List<List<String>> organClasses(OrganClassReport r) {
        List<List<String>> rows = new ArrayList<>();
        for (OrganClassPooled c : r.classes()) {
            int te = 0;
            int tn = 0;
            int ce = 0;
            int cn = 0;
            for (OrganClassStudy s : c.studies()) {
                te += s.counts().treatEvents();
                tn += s.counts().treatN();
                ce += s.counts().ctrlEvents();
                cn += s.counts().ctrlN();
            }
            rows.add(List.of(c.organClass(), Integer.toString(c.k()), te + "/" + tn, ce + "/" + cn,
                    Measures.effectWithCi(OR, c.estimate(), c.ciLower(), c.ciUpper()),
                    Numbers.pValue(c.pval()).replace("= ", ""), c.k() > 1 ? Numbers.percentInteger(c.i2()) : "",
                    outliers(c), c.egger().map(e -> Numbers.pValue(e.pval()).replace("= ", "")).orElse("not run"),
                    c.begg().map(b -> Numbers.pValue(b.pval()).replace("= ", "")).orElse("not run")));
        }
        return rows;
    }

    /** The notes under the organ-class table: sources, flag rules, what was not computed and left out. */
    public static List<String> organClassNotes(OrganClassReport r) {
        List<String> notes = new ArrayList<>();
        r.sources().forEach(s -> notes.add("Source: " + s + "."));
        notes.add("Each class is pooled by inverse variance on the log odds ratio (0.5 added to every cell of a "
                + "table with a zero cell). A study is flagged when its studentized deleted residual exceeds 1.96 in "
                + "absolute value (Viechtbauer & Cheung 2010); * marks one beyond the Bonferroni bound "
                + "z(1 - 0.025/k) as well. Egger's and Begg's tests are run from the number of studies the plan "
                + "sets (10 unless it says otherwise).");
        for (OrganClassPooled c : r.classes()) {
            c.notes().forEach(n -> notes.add(c.organClass() + ": " + n + "."));
        }
        r.notes().forEach(n -> notes.add("Left out: " + n + "."));
        return notes;
    }

    private static String outliers(OrganClassPooled c) {
        if (c.studies().stream().allMatch(s -> s.rstudent().isEmpty())) {
            return "not checked (fewer than 3 studies)";
        }
        List<String> flagged = c.studies().stream().filter(OrganClassStudy::outlier)
                .map(s -> s.counts().study() + " (" + Numbers.two(s.rstudent().getAsDouble()) + ")"
                        + (s.bonferroni() ? "*" : "")).toList();
        return flagged.isEmpty() ? "none" : String.join("; ", flagged);
    }

    /** Four significant digits: dose slopes per cell/kg are far below 0.0001. */
    static String sig(double v) {
        if (v == 0) {
            return "0";
        }
        if (Math.abs(v) >= 1e-3 && Math.abs(v) < 1e5) {
            return Numbers.fixed(v, Math.max(0, 3 - (int) Math.floor(Math.log10(Math.abs(v)))));
        }
        return String.format(Locale.ROOT, "%.3e", v);
    }
}
