package org.evsyn.reporting.format;

import org.evsyn.reporting.model.Conversion;
import org.evsyn.reporting.model.OutcomeAnalysis;
import org.evsyn.reporting.model.ReviewReport;
import org.evsyn.reporting.model.StudyResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The words that disclose derived numbers where they appear: a footnote mark on each study row whose numbers were
 * converted or carry a note, the footnotes under the forest plot, and the Methods sentence listing every conversion
 * used with its source.
 */
public final class ConversionTexts {

    private static final String MARKS = "abcdefghijklmnopqrstuvwxyz";

    private ConversionTexts() {
    }

    /** The footnote mark of a study row, e.g. " [a]", or "" when its numbers are as printed and carry no note. */
    public static String mark(OutcomeAnalysis outcome, StudyResult study) {
        int i = 0;
        for (StudyResult s : outcome.studies()) {
            if (!disclosed(s)) {
                continue;
            }
            if (s.study().equals(study.study())) {
                return " [" + letter(i) + "]";
            }
            i++;
        }
        return "";
    }

    /** One footnote per marked study row: its conversions, then its notes. */
    public static List<String> footnotes(OutcomeAnalysis outcome) {
        List<String> out = new ArrayList<>();
        int i = 0;
        for (StudyResult s : outcome.studies()) {
            if (!disclosed(s)) {
                continue;
            }
            List<String> parts = new ArrayList<>(byMethod(s.conversions()));
            parts.addAll(s.notes());
            out.add("[" + letter(i++) + "] " + s.study() + ": " + String.join("; ", parts));
        }
        return out;
    }

    /**
     * "Derived numbers: mean and SD from median and IQR (Luo et al. 2018 (mean), Wan et al. 2014 (SD)): STARTING-2
     * (mRS); ...", or empty when every number was used as printed.
     */
    public static Optional<String> methodsSentence(ReviewReport report) {
        Map<String, List<String>> byMethod = new LinkedHashMap<>();
        for (OutcomeAnalysis o : report.outcomes()) {
            for (StudyResult s : o.studies()) {
                for (Conversion c : s.conversions()) {
                    List<String> where = byMethod.computeIfAbsent(c.label() + " (" + c.source() + ")",
                            k -> new ArrayList<>());
                    String at = s.study() + " (" + o.name() + ")";
                    if (!where.contains(at)) {
                        where.add(at);
                    }
                }
            }
        }
        if (byMethod.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        byMethod.forEach((method, where) -> parts.add(method + ": " + String.join(", ", where)));
        return Optional.of("Numbers not printed as analysed were derived as follows (marked in the forest plots; "
                + "analysis.R redoes each conversion from the printed values): " + String.join("; ", parts) + ".");
    }

    /**
     * One part per method, its arms' printed values together: "SD = SE x sqrt(n): experimental n 97, se 2; control
     * n 97, se 2.11 (Cochrane Handbook 6.5.2.2)", or "change from baseline, both arms (Cochrane Handbook 10.5.2)".
     */
    static List<String> byMethod(List<Conversion> conversions) {
        Map<String, List<Conversion>> grouped = new LinkedHashMap<>();
        conversions.forEach(c -> grouped.computeIfAbsent(c.method(), k -> new ArrayList<>()).add(c));
        List<String> out = new ArrayList<>();
        for (List<Conversion> same : grouped.values()) {
            Conversion first = same.get(0);
            StringBuilder b = new StringBuilder(first.label());
            if (same.stream().allMatch(c -> c.printed().isEmpty())) {
                b.append(same.size() == 2 ? ", both arms" : ", " + first.arm() + " arm");
            } else {
                b.append(": ");
                List<String> arms = new ArrayList<>();
                for (Conversion c : same) {
                    List<String> values = new ArrayList<>();
                    c.printed().forEach((k, v) -> values.add(k + " " + plain(v)));
                    arms.add(c.arm() + " " + String.join(", ", values));
                }
                b.append(String.join("; ", arms));
            }
            out.add(b.append(" (").append(first.source()).append(')').toString());
        }
        return out;
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** The mark of a study in the characteristics table whose numbers were derived in any outcome. */
    public static final String DERIVED_MARK = "\u2020";

    /** "\u2020" after the study's label when any outcome derived its numbers, else "". */
    public static String characteristicsMark(ReviewReport report, String study) {
        return report.outcomes().stream().flatMap(o -> o.studies().stream())
                .anyMatch(s -> !s.conversions().isEmpty() && sameStudy(s.study(), study)) ? " " + DERIVED_MARK : "";
    }

    /** The key under the characteristics table, when any study is marked. */
    public static Optional<String> characteristicsNote(ReviewReport report) {
        return report.characteristics().stream().anyMatch(c -> !characteristicsMark(report, c.study()).isEmpty())
                ? Optional.of(DERIVED_MARK + " Some of the study's analysed numbers were derived from what it printed"
                + " (median and IQR, SE, CI, model-adjusted or change-from-baseline values): see the footnotes of"
                + " the forest plots and the Methods.") : Optional.empty();
    }

    // A row of a split multi-arm comparison is labelled "study (arm)".
    private static boolean sameStudy(String rowLabel, String study) {
        return rowLabel.equals(study) || rowLabel.startsWith(study + " (");
    }

    private static boolean disclosed(StudyResult s) {
        return !s.conversions().isEmpty() || !s.notes().isEmpty();
    }

    private static String letter(int i) {
        return i < MARKS.length() ? String.valueOf(MARKS.charAt(i)) : String.valueOf(i + 1);
    }
}
