package org.evsyn.ingest.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Reads typed values from sheet cells. An empty cell is missing, never zero; anything that is not the expected
 * kind of value is a {@link RowProblem} naming the column and what was expected.
 */
final class CellValues {

    // Plain decimals with an optional exponent (2e6); no thousands separators, which are ambiguous.
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("[-+]?\\d+");

    private CellValues() {
    }

    static Optional<String> text(String cell) {
        return cell.isBlank() ? Optional.empty() : Optional.of(cell.strip());
    }

    /** A whole number of at least zero (a count). */
    static OptionalInt count(SheetColumn column, String cell) throws RowProblem {
        if (cell.isBlank()) {
            return OptionalInt.empty();
        }
        String t = cell.strip();
        if (!WHOLE.matcher(t).matches()) {
            throw RowProblem.at(column, "a whole number >= 0 (or an empty cell when not reported)", t);
        }
        long v;
        try {
            v = Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw RowProblem.at(column, "a whole number >= 0 of reasonable size", t);
        }
        if (v < 0) {
            throw RowProblem.at(column, "a whole number >= 0", t);
        }
        if (v > Integer.MAX_VALUE) {
            throw RowProblem.at(column, "a whole number of reasonable size", t);
        }
        return OptionalInt.of((int) v);
    }

    /** Any finite decimal number. */
    static OptionalDouble number(SheetColumn column, String cell) throws RowProblem {
        if (cell.isBlank()) {
            return OptionalDouble.empty();
        }
        String t = cell.strip();
        if (!DECIMAL.matcher(t).matches()) {
            throw RowProblem.at(column, "a number such as 12, -3.5 or 2e6 (or an empty cell when not reported)", t);
        }
        double v = Double.parseDouble(t);
        if (!Double.isFinite(v)) {
            throw RowProblem.at(column, "a finite number", t);
        }
        return OptionalDouble.of(v);
    }

    /** A decimal number of at least zero. */
    static OptionalDouble nonNegative(SheetColumn column, String cell) throws RowProblem {
        OptionalDouble v = number(column, cell);
        if (v.isPresent() && v.getAsDouble() < 0) {
            throw RowProblem.at(column, "a number >= 0", cell.strip());
        }
        return v;
    }

    /** Positive numbers separated by {@code |} (one per dose arm). */
    static List<Double> positiveList(SheetColumn column, String cell) throws RowProblem {
        if (cell.isBlank()) {
            return List.of();
        }
        List<Double> values = new ArrayList<>();
        for (String part : cell.split("\\|")) {
            OptionalDouble v = number(column, part);
            if (v.isEmpty() || !(v.getAsDouble() > 0)) {
                throw RowProblem.at(column, "numbers > 0 separated by ' | ' (one per dose arm)", cell.strip());
            }
            values.add(v.getAsDouble());
        }
        return values;
    }

    /** Ids separated by {@code ;} (source references such as {@code S01;S02}). */
    static List<String> list(String cell) {
        if (cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
