package org.evsyn.cli.meta.network;

import org.evsyn.cli.meta.CsvTable;
import org.evsyn.cli.meta.InputException;
import org.evsyn.stats.effect.EffectMeasure;
import org.evsyn.stats.network.BinaryArm;
import org.evsyn.stats.network.ContinuousArm;
import org.evsyn.stats.network.NetworkArm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The arms of a network from the long arm-level CSV: one row per study arm, columns found by header name
 * ({@code study,treatment,events,n} for OR and RR, {@code study,treatment,mean,sd,n} for MD; others are ignored).
 * Everything the file itself can get wrong is reported here with its file, row, line and column, before any
 * statistics run: a cell that is not a number or out of range, rows of a study that are not contiguous, a treatment
 * twice in a study, a study with one arm.
 */
final class ArmReader {

    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private final CsvTable table;
    private final boolean binary;
    private final int study;
    private final int treatment;
    private final int[] numbers;
    private final String[] names;

    /**
     * Finds the columns a measure needs.
     *
     * @param table   the file
     * @param measure OR and RR read binary arms, MD continuous arms
     * @throws InputException naming the file and the first missing column
     */
    ArmReader(CsvTable table, EffectMeasure measure) {
        this.table = table;
        this.binary = measure != EffectMeasure.MD;
        String why = binary ? " (a binary network needs study,treatment,events,n)"
                : " (a continuous network needs study,treatment,mean,sd,n)";
        this.study = table.requireColumn("study", why);
        this.treatment = table.requireColumn("treatment", why);
        this.names = binary ? new String[] {"events", "n"} : new String[] {"mean", "sd", "n"};
        this.numbers = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            numbers[i] = table.requireColumn(names[i], why);
        }
    }

    /**
     * Every row as an arm, in file order.
     *
     * @return the arms
     * @throws InputException naming file, row, line and column of the first unusable cell or row
     */
    List<NetworkArm> arms() {
        int rows = table.rowCount();
        List<NetworkArm> arms = new ArrayList<>(rows);
        // Where each study started, and each treatment of the current study, for messages that point at both rows.
        Map<String, Integer> studyStart = new HashMap<>();
        Map<String, Integer> treatmentsOfStudy = new HashMap<>();
        String current = null;
        int currentStart = -1;
        for (int r = 0; r < rows; r++) {
            String s = label(r, study);
            String t = label(r, treatment);
            if (!s.equals(current)) {
                if (current != null) {
                    requireTwoArms(current, currentStart, r);
                }
                Integer earlier = studyStart.putIfAbsent(s, r);
                if (earlier != null) {
                    throw new InputException(table.where(r, "study") + ": study '" + s + "' appears again after "
                            + "other studies (first at row " + (earlier + 1) + "); the rows of a study must be "
                            + "contiguous");
                }
                current = s;
                currentStart = r;
                treatmentsOfStudy.clear();
            }
            Integer twice = treatmentsOfStudy.putIfAbsent(t, r);
            if (twice != null) {
                throw new InputException(table.where(r, "treatment") + ": treatment '" + t + "' appears twice in "
                        + "study '" + s + "' (also row " + (twice + 1) + ")");
            }
            arms.add(arm(r, s, t));
        }
        if (current != null) {
            requireTwoArms(current, currentStart, rows);
        }
        if (arms.isEmpty()) {
            throw new InputException(table.file() + ": no arms (the file has a header but no rows)");
        }
        return arms;
    }

    private void requireTwoArms(String s, int start, int end) {
        if (end - start < 2) {
            throw new InputException(table.where(start, "study") + ": study '" + s + "' has one arm; a study "
                    + "needs at least two");
        }
    }

    private NetworkArm arm(int r, String s, String t) {
        if (binary) {
            double n = number(r, 1);
            if (!(n > 0) || n != Math.rint(n)) {
                throw new InputException(table.where(r, "n") + ": expected a whole number > 0, got '"
                        + table.cell(r, numbers[1]).trim() + "'");
            }
            double events = number(r, 0);
            if (!(events >= 0 && events <= n) || events != Math.rint(events)) {
                throw new InputException(table.where(r, "events") + ": expected a whole number from 0 to n ("
                        + plain(n) + "), got '" + table.cell(r, numbers[0]).trim() + "'");
            }
            return new BinaryArm(s, t, events, n);
        }
        double mean = number(r, 0);
        double sd = number(r, 1);
        if (!(sd > 0)) {
            throw new InputException(table.where(r, "sd") + ": expected a standard deviation > 0, got '"
                    + table.cell(r, numbers[1]).trim() + "'");
        }
        double n = number(r, 2);
        if (!(n > 0)) {
            throw new InputException(table.where(r, "n") + ": expected a number > 0, got '"
                    + table.cell(r, numbers[2]).trim() + "'");
        }
        return new ContinuousArm(s, t, mean, sd, n);
    }

    /** A label as written (labels are matched exactly, spaces included); empty is an error. */
    private String label(int r, int column) {
        String text = table.cell(r, column);
        if (text.isBlank()) {
            throw new InputException(table.where(r, table.header().get(column)) + ": empty cell; expected a label");
        }
        return text;
    }

    /** The i-th numeric column of a row, a finite number. */
    private double number(int r, int i) {
        double x = table.plainNumber(r, numbers[i]);
        if (!Double.isNaN(x)) {
            return x;
        }
        String text = table.cell(r, numbers[i]).trim();
        if (text.isEmpty()) {
            throw new InputException(table.where(r, names[i]) + ": empty cell; expected a number");
        }
        // Double.parseDouble would also take "NaN", "Infinity", hex and a trailing d or f: none of them is data.
        if (!DECIMAL.matcher(text).matches()) {
            throw new InputException(table.where(r, names[i]) + ": expected a number, got '" + text + "'");
        }
        x = Double.parseDouble(text);
        if (!Double.isFinite(x)) {
            throw new InputException(table.where(r, names[i]) + ": expected a finite number, got '" + text + "'");
        }
        return x;
    }

    private static String plain(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }
}
