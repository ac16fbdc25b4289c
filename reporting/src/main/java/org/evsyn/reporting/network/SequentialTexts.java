package org.evsyn.reporting.network;

import org.evsyn.reporting.model.NetworkReport;
import org.evsyn.core.review.engine.TsaAndFragility;
import org.evsyn.reporting.format.Measures;
import org.evsyn.reporting.format.Numbers;
import org.evsyn.stats.fragility.Arm;
import org.evsyn.stats.fragility.EventChange;
import org.evsyn.stats.fragility.MetaFragility;
import org.evsyn.stats.fragility.SearchMethod;
import org.evsyn.stats.fragility.StudyFragility;
import org.evsyn.stats.sequential.AssumedEffect;
import org.evsyn.stats.sequential.HeterogeneityAdjustment;
import org.evsyn.stats.sequential.TsaResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The sentences of a trial sequential analysis and of the fragility of a pooled result, from the engine's numbers. */
public final class SequentialTexts {

    private SequentialTexts() {
    }

    /** The TSA in sentences: required information size, how far the trials got, the conclusion, the adjusted CI. */
    public static List<String> tsa(NetworkReport.OutcomeSequential o) {
        List<String> s = new ArrayList<>();
        o.analysis().tsaNotPossible().ifPresent(why -> s.add(PlotCase.sentence(why)));
        if (o.analysis().tsa().isEmpty()) {
            return s;
        }
        TsaResult t = o.analysis().tsa().get();
        String assumed;
        if (t.options().effect() instanceof AssumedEffect.RiskReduction rr) {
            double change = rr.relativeRiskReduction();
            assumed = "a control risk of " + percent(rr.controlRisk()) + " and a relative risk "
                    + (change > 0 ? "reduction" : "increase") + " of " + percent(Math.abs(change));
        } else {
            AssumedEffect.MeanDifference md = (AssumedEffect.MeanDifference) t.options().effect();
            assumed = "a mean difference of " + Numbers.two(md.difference()) + " (SD " + Numbers.two(md.sd()) + ")";
        }
        String adjustment = t.ris().adjustment() == HeterogeneityAdjustment.NONE ? "not adjusted for heterogeneity"
                : "adjusted for " + (t.ris().adjustment() == HeterogeneityAdjustment.D2 ? "diversity D\u00B2" : "I\u00B2")
                + " = " + percent(t.ris().heterogeneity());
        double total = t.points().isEmpty() ? 0 : t.points().get(t.points().size() - 1).participants();
        s.add("Required information size: " + Numbers.integer(Math.round(t.ris().adjusted())) + " participants, for "
                + assumed + " with two-sided \u03B1 = " + Numbers.fixed(t.options().alpha(), 3).replaceAll("0+$", "")
                + " and power " + percent(t.options().power()) + ", " + adjustment + " (Wetterslev et al. 2008, 2009). "
                + "The " + t.points().size() + (t.points().size() == 1 ? " trial has " : " trials have ")
                + Numbers.integer(Math.round(total)) + " participants (" + percent(total / t.ris().adjusted())
                + " of it).");
        s.add(PlotCase.sentence(t.conclusion().text()) + " TSA-adjusted " + Measures.abbreviation(o.measure())
                + ": " + Measures.effectWithCi(o.measure(), t.estimate(), t.adjustedLower(), t.adjustedUpper())
                + " (conventional CI " + Measures.effectWithCi(o.measure(), t.estimate(), t.ciLower(), t.ciUpper())
                + ").");
        if (!t.excluded().isEmpty()) {
            s.add("Trials without an estimable effect, left out of the TSA: " + String.join(", ", t.excluded()) + ".");
        }
        return s;
    }

    /**
     * The fragility line of the sensitivity analyses: which event changes make the pooled result lose significance
     * (or, when it is not significant, become significant).
     */
    public static Optional<String> fragility(NetworkReport.OutcomeSequential o) {
        if (o.analysis().fragilityNotPossible().isPresent()) {
            return Optional.of(PlotCase.sentence(o.analysis().fragilityNotPossible().get()));
        }
        if (o.analysis().fragility().isEmpty()) {
            return Optional.empty();
        }
        MetaFragility f = o.analysis().fragility().get();
        String search = f.search() == SearchMethod.EXACT ? "exact search" : "greedy search, which may overstate the index";
        String level = "\u03B1 = " + Numbers.fixed(f.options().alpha(), 3).replaceAll("0+$", "");
        if (!f.flipped()) {
            return Optional.of("Fragility (" + level + "): no change of events in single arms "
                    + (f.significant() ? "makes the pooled result lose significance" : "makes the pooled result "
                    + "significant") + " (" + search + ").");
        }
        String changes = describe(f.changes());
        String quotient = Numbers.fixed(100 * f.quotient(), 1) + "%";
        if (f.significant()) {
            return Optional.of("Fragility (" + level + "): the pooled result (" + Numbers.p(f.pBefore())
                    + ") loses significance when " + events(f.index()) + " change in " + changes + " ("
                    + Numbers.p(f.pAfter()) + " after); fragility index " + f.index() + ", fragility quotient "
                    + quotient + " of " + Numbers.integer(f.participants()) + " participants (Atal et al. 2019; "
                    + search + ").");
        }
        return Optional.of("Fragility (" + level + "): the pooled result is not significant (" + Numbers.p(f.pBefore())
                + "); " + events(f.index()) + " changed in " + changes + " would make it significant ("
                + Numbers.p(f.pAfter()) + "); reverse fragility index " + f.index() + ", quotient " + quotient + " of "
                + Numbers.integer(f.participants()) + " participants (Atal et al. 2019; " + search + ").");
    }

    /** The Walsh index of each trial: header. */
    public static List<String> walshHeader() {
        return List.of("Trial", "Fisher exact P", "Walsh fragility index", "Events changed");
    }

    /** The Walsh index of each trial: one row per trial, in the pooled analysis's order. */
    public static List<List<String>> walsh(NetworkReport.OutcomeSequential o) {
        List<List<String>> rows = new ArrayList<>();
        o.analysis().fragility().ifPresent(f -> {
            for (StudyFragility s : f.studies()) {
                String index = !s.flipped() ? "none flips it" : s.index() + (s.significant() ? "" : " (reverse)");
                String changed = !s.flipped() ? "" : (s.significant() ? "+" : "\u2212") + s.index() + " in the "
                        + arm(s.arm()) + " arm";
                rows.add(List.of(s.label(), Numbers.pValue(s.pBefore()).replace("= ", ""), index, changed));
            }
        });
        return rows;
    }

    private static String describe(List<EventChange> changes) {
        Map<String, List<String>> byStudy = new LinkedHashMap<>();
        for (EventChange c : changes) {
            byStudy.computeIfAbsent(c.study(), k -> new ArrayList<>()).add(arm(c.arm()) + " arm "
                    + (c.delta() > 0 ? "+" : "\u2212") + Math.abs(c.delta()));
        }
        return byStudy.entrySet().stream().map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")")
                .collect(Collectors.joining("; "));
    }

    private static String arm(Arm arm) {
        return arm == Arm.TREATMENT ? "experimental" : "control";
    }

    private static String events(int k) {
        return k == 1 ? "1 event" : k + " events";
    }

    private static String percent(double proportion) {
        return Numbers.fixed(100 * proportion, 0) + "%";
    }

    /** Sentence case for texts the engine or stats wrote in lower case. */
    private static final class PlotCase {
        private PlotCase() {
        }

        static String sentence(String s) {
            String t = NetworkTexts.capitalise(s);
            return t.endsWith(".") ? t : t + ".";
        }
    }
}
