package org.evsyn.core.review.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording with which a row's notes record a conversion made before the row reached the engine (registry
 * results are turned into extraction rows, whose only free field is the notes), and the reading of it back into
 * {@link Derivation}s. Writer and reader live here together so the two cannot drift apart.
 */
public final class DerivationNotes {

    /** Marks a least-squares (model-adjusted) mean. */
    public static final String LEAST_SQUARES_MEAN = "least-squares (model-adjusted) mean";

    private static final String NUMBER = "(-?[0-9]+(?:\\.[0-9]+)?(?:[eE]-?[0-9]+)?)";
    private static final Pattern SE = Pattern.compile("SD = SE x sqrt\\(n\\) from SE " + NUMBER + " and n ([0-9]+)");
    private static final Pattern CI = Pattern.compile("SD from the " + NUMBER + "% CI " + NUMBER + " to " + NUMBER
            + " and n ([0-9]+)");

    private DerivationNotes() {
    }

    /** The note for SD = SE x sqrt(n). */
    public static String standardError(double se, int n) {
        return "SD = SE x sqrt(n) from SE " + Derivation.plain(se) + " and n " + n;
    }

    /** The note for an SD from a confidence interval of the mean. */
    public static String confidenceInterval(double level, double lower, double upper, int n) {
        return "SD from the " + Derivation.plain(level) + "% CI " + Derivation.plain(lower) + " to "
                + Derivation.plain(upper) + " and n " + n + " (Cochrane Handbook 6.5.2.2)";
    }

    /** The conversions a row's notes record, given the SD they produced. */
    static List<Derivation> read(String notes, double sd) {
        List<Derivation> out = new ArrayList<>();
        if (notes.contains(LEAST_SQUARES_MEAN)) {
            out.add(Derivation.disclosure(Derivation.Method.LEAST_SQUARES_MEAN));
        }
        Matcher se = SE.matcher(notes);
        if (se.find()) {
            Map<String, Double> p = new LinkedHashMap<>();
            p.put("n", Double.parseDouble(se.group(2)));
            p.put("se", Double.parseDouble(se.group(1)));
            out.add(new Derivation(Derivation.Method.SE_TO_SD, p, OptionalDouble.empty(), OptionalDouble.of(sd)));
        }
        Matcher ci = CI.matcher(notes);
        if (ci.find()) {
            Map<String, Double> p = new LinkedHashMap<>();
            p.put("n", Double.parseDouble(ci.group(4)));
            p.put("lower", Double.parseDouble(ci.group(2)));
            p.put("upper", Double.parseDouble(ci.group(3)));
            p.put("level", Double.parseDouble(ci.group(1)));
            out.add(new Derivation(Derivation.Method.CI_TO_SD, p, OptionalDouble.empty(), OptionalDouble.of(sd)));
        }
        return out;
    }
}
