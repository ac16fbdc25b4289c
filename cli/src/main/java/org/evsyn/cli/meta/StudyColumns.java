package org.evsyn.cli.meta;

import com.fasterxml.jackson.core.io.NumberInput;
import org.evsyn.stats.Moderators;
import org.evsyn.stats.analysis.AnalysisInput;
import org.evsyn.stats.analysis.ModeratorColumns;
import org.evsyn.stats.analysis.SubgroupColumn;
import org.evsyn.stats.effect.BinaryStudy;
import org.evsyn.stats.effect.ContinuousStudy;
import org.evsyn.stats.effect.EffectMeasure;
import org.evsyn.stats.effect.GenericStudy;
import org.evsyn.stats.effect.InvalidStudyException;
import org.evsyn.stats.effect.Study;
import org.evsyn.stats.effect.StudyField;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Where a CSV table keeps what an analysis needs, found by header name (order does not matter): the study label,
 * the data columns of the measure, and the optional subgroup and moderator columns. Turns a set of rows into an
 * {@link AnalysisInput}; a missing or non-numeric cell is reported with file, row and column.
 */
final class StudyColumns {

    /** From this many rows on, rows are converted in parallel. */
    private static final int PARALLEL_ROWS = 5000;
    private static final String[] BINARY = {"treat_events", "treat_n", "ctrl_events", "ctrl_n"};
    private static final String[] CONTINUOUS = {"treat_n", "treat_mean", "treat_sd", "ctrl_n", "ctrl_mean",
            "ctrl_sd"};

    private final CsvTable table;
    private final EffectMeasure measure;
    private final int study;
    private final int[] data;
    private final String[] dataNames;
    private final Optional<Integer> by;
    private final List<Integer> moderators;
    private final List<String> moderatorNames;

    /**
     * Resolves the columns.
     *
     * @param table          the table
     * @param measure        the measure (decides the data columns)
     * @param byColumn       subgroup column, if any
     * @param moderatorNames moderator columns (may be empty)
     * @throws InputException naming the file and the first missing column
     */
    StudyColumns(CsvTable table, EffectMeasure measure, Optional<String> byColumn, List<String> moderatorNames) {
        this.table = table;
        this.measure = measure;
        this.study = table.requireColumn("study", "");
        String why = " (needed for measure " + measure + ")";
        if (measure.isBinary()) {
            dataNames = BINARY;
        } else if (measure.isContinuous()) {
            dataNames = CONTINUOUS;
        } else if (table.column("vi").isPresent() || table.column("sei").isEmpty()) {
            dataNames = new String[]{"yi", "vi"};
        } else {
            dataNames = new String[]{"yi", "sei"};
        }
        if (measure == EffectMeasure.GENERIC && table.column("yi").isPresent() && table.column("vi").isEmpty()
                && table.column("sei").isEmpty()) {
            throw new InputException(table.file() + ": missing column 'vi' or 'sei'" + why);
        }
        data = new int[dataNames.length];
        for (int i = 0; i < dataNames.length; i++) {
            data[i] = table.requireColumn(dataNames[i], why);
        }
        this.by = byColumn.map(c -> table.requireColumn(c, " (given with --by)"));
        this.moderatorNames = List.copyOf(moderatorNames);
        this.moderators = moderatorNames.stream().map(c -> table.requireColumn(c, " (given with --moderator)"))
                .toList();
    }

    /**
     * The analysis input of some rows.
     *
     * @param rows row indices, in the order to analyse
     * @return the input
     * @throws InputException naming file, row and column of the first unusable cell
     */
    AnalysisInput input(List<Integer> rows) {
        List<Study> studies = measure.isBinary() ? binary(rows) : measure.isContinuous() ? continuous(rows)
                : generic(rows);
        Optional<SubgroupColumn> subgroups = by.map(col -> {
            String name = table.header().get(col);
            List<String> labels = new ArrayList<>(rows.size());
            for (int r : rows) {
                labels.add(text(r, col));
            }
            return new SubgroupColumn(name, "subgroups by column '" + name + "'", labels);
        });
        Optional<ModeratorColumns> mods = Optional.empty();
        if (!moderators.isEmpty()) {
            List<Moderators.Column> columns = new ArrayList<>();
            for (int j = 0; j < moderators.size(); j++) {
                double[] v = new double[rows.size()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = number(rows.get(i), moderators.get(j));
                }
                columns.add(Moderators.numeric(moderatorNames.get(j), v));
            }
            mods = Optional.of(new ModeratorColumns(new Moderators(columns),
                    "moderator column" + (columns.size() > 1 ? "s " : " ") + "'" + String.join("', '", moderatorNames)
                            + "'"));
        }
        return new AnalysisInput(studies, subgroups, mods);
    }

    private List<Study> binary(List<Integer> rows) {
        return build(rows, r -> new BinaryStudy(text(r, study), integer(r, data[0]),
                integer(r, data[1]), integer(r, data[2]), integer(r, data[3])));
    }

    private List<Study> continuous(List<Integer> rows) {
        return build(rows, r -> new ContinuousStudy(text(r, study), integer(r, data[0]),
                number(r, data[1]), number(r, data[2]), integer(r, data[3]), number(r, data[4]),
                number(r, data[5])));
    }

    private List<Study> generic(List<Integer> rows) {
        boolean se = dataNames[1].equals("sei");
        return build(rows, r -> {
            String label = text(r, study);
            double y = number(r, data[0]);
            double v = number(r, data[1]);
            return se ? GenericStudy.ofStandardError(label, y, v) : new GenericStudy(label, y, v);
        });
    }

    /**
     * One study per row; large inputs are converted on every core. The error reported is that of the first
     * unusable row in input order, whatever the scheduling.
     */
    private <T> List<T> build(List<Integer> rows, IntFunction<T> study) {
        int n = rows.size();
        Object[] out = new Object[n];
        IntStream range = IntStream.range(0, n);
        (n >= PARALLEL_ROWS ? range.parallel() : range).forEach(i -> {
            int r = rows.get(i);
            try {
                out[i] = study.apply(r);
            } catch (InvalidStudyException e) {
                out[i] = invalid(r, e);
            } catch (InputException e) {
                out[i] = e;
            }
        });
        List<T> studies = new ArrayList<>(n);
        for (Object o : out) {
            if (o instanceof InputException e) {
                throw e;
            }
            @SuppressWarnings("unchecked")
            T t = (T) o;
            studies.add(t);
        }
        return studies;
    }

    /** The study's own message, placed at the cell its field came from. */
    private InputException invalid(int row, InvalidStudyException e) {
        return new InputException(table.where(row, column(e.field())) + ": " + e.getMessage());
    }

    /** The CSV column a study field is read from. */
    private String column(StudyField field) {
        return switch (field) {
            case TREATMENT_EVENTS -> "treat_events";
            case TREATMENT_SIZE -> "treat_n";
            case CONTROL_EVENTS -> "ctrl_events";
            case CONTROL_SIZE -> "ctrl_n";
            case TREATMENT_MEAN -> "treat_mean";
            case TREATMENT_SD -> "treat_sd";
            case CONTROL_MEAN -> "ctrl_mean";
            case CONTROL_SD -> "ctrl_sd";
            case EFFECT_SIZE -> "yi";
            case SAMPLING_VARIANCE, STANDARD_ERROR -> dataNames[1];
            case ESTIMATE, CI_LOWER, CI_UPPER -> "study";
        };
    }

    private String text(int row, int col) {
        String s = table.cell(row, col).trim();
        if (s.isEmpty()) {
            throw new InputException(table.where(row, table.header().get(col)) + ": empty cell");
        }
        return s;
    }

    private double number(int row, int col) {
        double fast = table.plainNumber(row, col);
        if (!Double.isNaN(fast)) {
            return fast;
        }
        String s = text(row, col);
        if (!looksNumeric(s)) {
            throw notNumeric(row, col, s);
        }
        try {
            // Jackson's parser gives the same correctly rounded value as Double.parseDouble, several times faster.
            double x = NumberInput.parseDouble(s, true);
            if (!Double.isFinite(x)) {
                throw notNumeric(row, col, s);
            }
            return x;
        } catch (NumberFormatException e) {
            throw notNumeric(row, col, s);
        }
    }

    private int integer(int row, int col) {
        double x = number(row, col);
        if (x != Math.rint(x) || Math.abs(x) > Integer.MAX_VALUE) {
            throw new InputException(table.where(row, table.header().get(col)) + ": expected a whole number, got '"
                    + table.cell(row, col).trim() + "'");
        }
        return (int) x;
    }

    private InputException notNumeric(int row, int col, String s) {
        return new InputException(table.where(row, table.header().get(col)) + ": not a number: '" + s + "'");
    }

    /** Plain decimals only: rejects "NaN", "Infinity", hexadecimal and type suffixes that Java would accept. */
    private static boolean looksNumeric(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
                return false;
            }
        }
        return true;
    }
}
