package org.evsyn.core.review.attributes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a total cell dose from the dose text a paper prints ("1.2 billion cells", "1 x 10(8) MSCs",
 * "a mean of 280.75 million") and turns it into cells per kg for trials that print no per-kg dose: divided by the
 * trial's mean body weight when the reviewers extracted one, else by an assumed weight, and every value derived at
 * the assumed weight is flagged as such. Text that does not name exactly one total (alternatives with "or", ranges,
 * per-kg doses, volumes only) gives nothing.
 */
final class TotalDose {

    /** The body weight assumed when the extraction gives none for a trial (a typical adult stroke population). */
    static final double ASSUMED_WEIGHT_KG = 70;

    private static final Pattern WORDS = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(billion|million)\\b");
    private static final Pattern POWER = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*[x×]\\s*10\\s*(?:\\^\\s*|\\(\\s*)(\\d{1,2})\\)?");
    private static final Pattern RANGE = Pattern.compile("\\d\\s*[-–]\\s*\\d");

    private TotalDose() {
    }

    /**
     * A dose per kg derived from a printed total.
     *
     * @param cellsPerKg    the derived dose
     * @param totalCells    the total read from the text
     * @param bodyWeightKg  the body weight it was divided by
     * @param weightAssumed whether that weight is {@link #ASSUMED_WEIGHT_KG} rather than the trial's own
     * @param derivation    how, in words for the report
     */
    record Derived(double cellsPerKg, double totalCells, double bodyWeightKg, boolean weightAssumed,
                          String derivation) {
    }

    /** The total number of cells the text names, when it names exactly one. */
    static OptionalDouble totalCells(String printed) {
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
    static Optional<Derived> perKg(String printed) {
        return perKg(printed, OptionalDouble.empty());
    }

    /**
     * Cells per kg from the printed dose at the trial's mean body weight when given, else at the assumed one; the
     * derivation says which.
     */
    static Optional<Derived> perKg(String printed, OptionalDouble trialBodyWeightKg) {
        OptionalDouble total = totalCells(printed);
        if (total.isEmpty()) {
            return Optional.empty();
        }
        boolean assumed = trialBodyWeightKg.isEmpty();
        double weight = assumed ? ASSUMED_WEIGHT_KG : trialBodyWeightKg.getAsDouble();
        String derivation = String.format(Locale.ROOT, "dose per kg derived from the printed total (%.4g cells) at "
                + (assumed ? "an assumed body weight of %s kg" : "the trial's reported body weight of %s kg"),
                total.getAsDouble(), plain(weight));
        return Optional.of(new Derived(total.getAsDouble() / weight, total.getAsDouble(), weight, assumed,
                derivation));
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
