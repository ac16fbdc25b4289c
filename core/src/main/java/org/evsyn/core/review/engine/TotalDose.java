package org.evsyn.core.review.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a total cell dose from the dose text a paper prints ("1.2 billion cells", "1 x 10(8) MSCs",
 * "a mean of 280.75 million") and turns it into cells per kg for trials that print no per-kg dose. Body weight is
 * rarely printed per trial, so an assumed weight is used and every derived value is flagged as such. Text that does
 * not name exactly one total (alternatives with "or", ranges, per-kg doses, volumes only) gives nothing.
 */
public final class TotalDose {

    /** The body weight assumed when a trial prints none (a typical adult stroke population). */
    public static final double ASSUMED_WEIGHT_KG = 70;

    private static final Pattern WORDS = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(billion|million)\\b");
    private static final Pattern POWER = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*[x×]\\s*10\\s*(?:\\^\\s*|\\(\\s*)(\\d{1,2})\\)?");
    private static final Pattern RANGE = Pattern.compile("\\d\\s*[-–]\\s*\\d");

    private TotalDose() {
    }

    /**
     * A dose per kg derived from a printed total.
     *
     * @param cellsPerKg   the derived dose
     * @param totalCells   the total read from the text
     * @param derivation   how, in words for the report
     */
    public record Derived(double cellsPerKg, double totalCells, String derivation) {
    }

    /** The total number of cells the text names, when it names exactly one. */
    public static OptionalDouble totalCells(String printed) {
        String t = printed.toLowerCase(Locale.ROOT);
        if (t.contains("/kg") || t.contains("per kg") || t.contains(" or ") || RANGE.matcher(t).find()) {
            return OptionalDouble.empty();
        }
        List<Double> found = new ArrayList<>();
        Matcher w = WORDS.matcher(t);
        while (w.find()) {
            found.add(Double.parseDouble(w.group(1)) * (w.group(2).equals("billion") ? 1e9 : 1e6));
        }
        Matcher p = POWER.matcher(t);
        while (p.find()) {
            found.add(Double.parseDouble(p.group(1)) * Math.pow(10, Integer.parseInt(p.group(2))));
        }
        return found.size() == 1 && found.get(0) > 0 ? OptionalDouble.of(found.get(0)) : OptionalDouble.empty();
    }

    /** Cells per kg from the printed dose at the assumed body weight, flagged in its derivation. */
    public static Optional<Derived> perKg(String printed) {
        OptionalDouble total = totalCells(printed);
        if (total.isEmpty()) {
            return Optional.empty();
        }
        double perKg = total.getAsDouble() / ASSUMED_WEIGHT_KG;
        return Optional.of(new Derived(perKg, total.getAsDouble(), String.format(Locale.ROOT,
                "dose per kg derived from the printed total (%.4g cells) at an assumed body weight of %.0f kg",
                total.getAsDouble(), ASSUMED_WEIGHT_KG)));
    }
}
