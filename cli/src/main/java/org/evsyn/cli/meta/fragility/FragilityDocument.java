package org.evsyn.cli.meta.fragility;

import org.evsyn.cli.console.TerminalText;
import org.evsyn.stats.effect.BinaryStudy;
import org.evsyn.stats.fragility.EventChange;
import org.evsyn.stats.fragility.MetaFragility;
import org.evsyn.stats.fragility.StudyFragility;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The JSON layout and the printed summary of {@code evsyn fragility} (keys documented in docs/sequential.md). */
final class FragilityDocument {

    private FragilityDocument() {
    }

    static Map<String, Object> of(StudyFragility f, double alpha) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("alpha", alpha);
        out.putAll(study(f));
        return out;
    }

    static Map<String, Object> study(StudyFragility f) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("study", f.label());
        out.put("significant", f.significant());
        out.put("fragility_index", f.flipped() ? f.index() : null);
        out.put("flipped", f.flipped());
        out.put("arm", f.arm().name().toLowerCase(Locale.ROOT));
        out.put("p_before", f.pBefore());
        out.put("p_after", f.pAfter());
        out.put("participants", f.participants());
        out.put("quotient", f.flipped() ? f.quotient() : Double.NaN);
        out.put("changed", table(f.changed()));
        return out;
    }

    static Map<String, Object> of(MetaFragility f) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("measure", f.options().measure().name());
        out.put("method", f.options().method().name());
        out.put("log_scale", f.options().measure().isRatio());
        out.put("alpha", f.options().alpha());
        out.put("search", f.search().name().toLowerCase(Locale.ROOT));
        out.put("significant", f.significant());
        out.put("fragility_index", f.flipped() ? f.index() : null);
        out.put("flipped", f.flipped());
        out.put("quotient", f.flipped() ? f.quotient() : Double.NaN);
        out.put("participants", f.participants());
        out.put("estimate", f.estimate());
        out.put("ci_lower", f.ciLower());
        out.put("ci_upper", f.ciUpper());
        out.put("p_before", f.pBefore());
        out.put("p_after", f.pAfter());
        List<Map<String, Object>> changes = new ArrayList<>();
        for (EventChange c : f.changes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("study", c.study());
            m.put("arm", c.arm().name().toLowerCase(Locale.ROOT));
            m.put("delta", c.delta());
            changes.add(m);
        }
        out.put("changes", changes);
        out.put("studies", f.studies().stream().map(FragilityDocument::study).toList());
        return out;
    }

    private static Map<String, Object> table(BinaryStudy s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("treat_events", s.treatEvents());
        out.put("treat_n", s.treatN());
        out.put("ctrl_events", s.ctrlEvents());
        out.put("ctrl_n", s.ctrlN());
        return out;
    }

    static List<String> textLines(StudyFragility f, double alpha) {
        List<String> lines = new ArrayList<>();
        BinaryStudy c = f.changed();
        lines.add(String.format(Locale.ROOT, "Fisher exact p = %.4g (%s at alpha %s)", f.pBefore(),
                f.significant() ? "significant" : "not significant", plain(alpha)));
        if (f.flipped()) {
            lines.add(String.format(Locale.ROOT, "%s %d (%s arm; p = %.4g at %d/%d vs %d/%d), quotient %.4f",
                    f.significant() ? "Fragility index" : "Reverse fragility index", f.index(),
                    f.arm().name().toLowerCase(Locale.ROOT), f.pAfter(), c.treatEvents(), c.treatN(),
                    c.ctrlEvents(), c.ctrlN(), f.quotient()));
        } else {
            lines.add("No change of events in the " + f.arm().name().toLowerCase(Locale.ROOT)
                    + " arm flips the result");
        }
        return lines;
    }

    static List<String> textLines(MetaFragility f) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Pooled %s (%s): %.4f [%.4f, %.4f]%s, p = %.4g (%s at alpha %s)",
                f.options().measure(), f.options().method(), f.estimate(), f.ciLower(), f.ciUpper(),
                f.options().measure().isRatio() ? " (log scale)" : "", f.pBefore(),
                f.significant() ? "significant" : "not significant", plain(f.options().alpha())));
        if (f.flipped()) {
            lines.add(String.format(Locale.ROOT, "Fragility index %d (%s search), quotient %.4f (%d participants); "
                    + "p = %.4g after:", f.index(), f.search().name().toLowerCase(Locale.ROOT), f.quotient(),
                    f.participants(), f.pAfter()));
            for (EventChange c : f.changes()) {
                lines.add(String.format(Locale.ROOT, "  %s, %s arm: %+d events", TerminalText.line(c.study()),
                        c.arm().name().toLowerCase(Locale.ROOT), c.delta()));
            }
        } else {
            lines.add("No set of event changes found that flips the result (" + f.search().name()
                    .toLowerCase(Locale.ROOT) + " search)");
        }
        lines.add("Walsh index per study:");
        for (StudyFragility s : f.studies()) {
            lines.add(String.format(Locale.ROOT, "  %s: %s (p = %.4g, %s arm)", TerminalText.line(s.label()),
                    s.flipped() ? (s.significant() ? "" : "reverse ") + s.index() : "not flippable", s.pBefore(),
                    s.arm().name().toLowerCase(Locale.ROOT)));
        }
        return lines;
    }

    private static String plain(double x) {
        return java.math.BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }
}
