package org.evsyn.cli.meta.dose;

import org.evsyn.cli.meta.CsvTable;
import org.evsyn.cli.meta.InputException;
import org.evsyn.stats.dose.DoseLevel;
import org.evsyn.stats.dose.DoseStudy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The studies of a dose-response meta-analysis from the long CSV: one row per dose level, columns found by header
 * name ({@code study,dose,cases,n,rr,lower,upper}, optionally {@code design}; others are ignored), the rows of a
 * study together and its referent (rr 1, lower and upper blank or 1) first. Everything the file can get wrong is
 * reported here with file, row, line and column, before any statistics run.
 */
final class DoseLevelReader {

    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private static final String WHY = " (one row per dose level: study,dose,cases,n,rr,lower,upper)";

    private final CsvTable table;
    private final DoseDesign defaultDesign;
    private final int study;
    private final Optional<Integer> design;
    private final Map<String, Integer> columns = new HashMap<>();

    /**
     * Finds the columns.
     *
     * @param table         the file
     * @param defaultDesign the design of rows without a {@code design} cell
     * @throws InputException naming the file and the first missing column
     */
    DoseLevelReader(CsvTable table, DoseDesign defaultDesign) {
        this.table = table;
        this.defaultDesign = defaultDesign;
        this.study = table.requireColumn("study", WHY);
        for (String name : List.of("dose", "cases", "n", "rr", "lower", "upper")) {
            columns.put(name, table.requireColumn(name, WHY));
        }
        int d = table.header().indexOf("design");
        this.design = d < 0 ? Optional.empty() : Optional.of(d);
    }

    /**
     * Every study, in file order.
     *
     * @return the studies
     * @throws InputException naming file, row, line and column of the first unusable cell or study
     */
    List<DoseStudy> studies() {
        int rows = table.rowCount();
        if (rows == 0) {
            throw new InputException(table.file() + ": no dose levels (the file has a header but no rows)");
        }
        List<DoseStudy> studies = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int start = 0;
        while (start < rows) {
            String label = label(start);
            Integer earlier = seen.putIfAbsent(label, start);
            if (earlier != null) {
                throw new InputException(table.where(start, "study") + ": study '" + label + "' appears again after "
                        + "other studies (first at row " + (earlier + 1) + "); the rows of a study must be contiguous");
            }
            int end = start + 1;
            while (end < rows && label(end).equals(label)) {
                end++;
            }
            studies.add(study(label, start, end));
            start = end;
        }
        return studies;
    }

    private DoseStudy study(String label, int start, int end) {
        DoseDesign d = design(start);
        double rr = number(start, "rr");
        if (rr != 1 || !blankOrOne(start, "lower") || !blankOrOne(start, "upper")) {
            throw new InputException(table.where(start, "rr") + ": study '" + label + "' has no referent row: its "
                    + "first row must be the referent (rr 1, lower and upper blank or 1), got rr " + text(start, "rr"));
        }
        if (end - start < 2) {
            throw new InputException(table.where(start, "study") + ": study '" + label + "' has one level only (its "
                    + "referent); it needs at least one exposed level");
        }
        List<DoseLevel> levels = new ArrayList<>();
        levels.add(DoseLevel.referent(number(start, "dose"), cases(start), subjects(start)));
        for (int r = start + 1; r < end; r++) {
            if (design(r) != d) {
                throw new InputException(table.where(r, "design") + ": study '" + label + "' is '" + d.label()
                        + "' in its first row; all rows of a study need the same design");
            }
            levels.add(exposed(r));
        }
        return new DoseStudy(label, d.design, levels);
    }

    private DoseLevel exposed(int r) {
        double dose = number(r, "dose");
        double cases = cases(r);
        double n = subjects(r);
        double rr = number(r, "rr");
        if (!(rr > 0)) {
            throw new InputException(table.where(r, "rr") + ": expected a relative risk > 0, got '" + text(r, "rr")
                    + "'");
        }
        double lower = number(r, "lower");
        if (!(lower > 0 && lower <= rr)) {
            throw new InputException(table.where(r, "lower") + ": expected a lower limit > 0 and not above rr, got '"
                    + text(r, "lower") + "'");
        }
        double upper = number(r, "upper");
        if (!(upper >= rr && upper > lower)) {
            throw new InputException(table.where(r, "upper") + ": expected an upper limit not below rr and above "
                    + "lower, got '" + text(r, "upper") + "'");
        }
        return DoseLevel.fromConfidenceInterval(dose, cases, n, rr, lower, upper);
    }

    private double cases(int r) {
        double cases = number(r, "cases");
        if (!(cases > 0)) {
            throw new InputException(table.where(r, "cases") + ": expected a number of cases > 0, got '"
                    + text(r, "cases") + "'");
        }
        return cases;
    }

    /** Subjects (or person-time), which the Greenland–Longnecker fit needs above the cases. */
    private double subjects(int r) {
        double n = number(r, "n");
        if (!(n > number(r, "cases"))) {
            throw new InputException(table.where(r, "n") + ": expected a number above cases (" + text(r, "cases")
                    + "), got '" + text(r, "n") + "'");
        }
        return n;
    }

    private DoseDesign design(int r) {
        if (design.isEmpty() || table.cell(r, design.get()).isBlank()) {
            return defaultDesign;
        }
        String cell = table.cell(r, design.get());
        return DoseDesign.parse(cell).orElseThrow(() -> new InputException(table.where(r, "design")
                + ": expected cc, ci or ir, got '" + cell.trim() + "'"));
    }

    private boolean blankOrOne(int r, String name) {
        return text(r, name).isEmpty() || number(r, name) == 1;
    }

    private String label(int r) {
        String text = table.cell(r, study);
        if (text.isBlank()) {
            throw new InputException(table.where(r, "study") + ": empty cell; expected a label");
        }
        return text;
    }

    private String text(int r, String name) {
        return table.cell(r, columns.get(name)).trim();
    }

    /** A cell as a finite number. */
    private double number(int r, String name) {
        int column = columns.get(name);
        double x = table.plainNumber(r, column);
        if (!Double.isNaN(x)) {
            return x;
        }
        String text = text(r, name);
        if (text.isEmpty()) {
            throw new InputException(table.where(r, name) + ": empty cell; expected a number");
        }
        // Double.parseDouble would also take "NaN", "Infinity", hex and a trailing d or f: none of them is data.
        if (!DECIMAL.matcher(text).matches()) {
            throw new InputException(table.where(r, name) + ": expected a number, got '" + text + "'");
        }
        x = Double.parseDouble(text);
        if (!Double.isFinite(x)) {
            throw new InputException(table.where(r, name) + ": expected a finite number, got '" + text + "'");
        }
        return x;
    }
}
