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
    AnalysisInput input(int[] rows) {
        List<Study> studies = measure.isBinary() ? binary(rows) : measure.isContinuous() ? continuous(rows)
                : generic(rows);
        CsvTable.Cursor cursor = table.cursor();
        // Tested, not mapped: a capturing lambda would be a new object for every analysis of a batch.
        Optional<SubgroupColumn> subgroups = Optional.empty();
        if (by.isPresent()) {
            int col = by.get();
            String name = table.header().get(col);
            List<String> labels = new ArrayList<>(rows.length);
            for (int r : rows) {
                cursor.row(r);
                labels.add(text(cursor, col));
            }
            subgroups = Optional.of(new SubgroupColumn(name, "subgroups by column '" + name + "'", labels));
        }
        Optional<ModeratorColumns> mods = Optional.empty();
        if (!moderators.isEmpty()) {
            List<Moderators.Column> columns = new ArrayList<>();
            for (int j = 0; j < moderators.size(); j++) {
                double[] v = new double[rows.length];
                for (int i = 0; i < v.length; i++) {
                    cursor.row(rows[i]);
                    v[i] = number(cursor, moderators.get(j));
                }
                columns.add(Moderators.numeric(moderatorNames.get(j), v));
            }
            mods = Optional.of(new ModeratorColumns(new Moderators(columns),
                    "moderator column" + (columns.size() > 1 ? "s " : " ") + "'" + String.join("', '", moderatorNames)
                            + "'"));
        }
        return new AnalysisInput(studies, subgroups, mods);
    }

    private List<Study> binary(int[] rows) {
        return build(rows, c -> new BinaryStudy(text(c, study), integer(c, data[0]),
                integer(c, data[1]), integer(c, data[2]), integer(c, data[3])));
    }

    private List<Study> continuous(int[] rows) {
        return build(rows, c -> new ContinuousStudy(text(c, study), integer(c, data[0]),
                number(c, data[1]), number(c, data[2]), integer(c, data[3]), number(c, data[4]),
                number(c, data[5])));
    }

    private List<Study> generic(int[] rows) {
        boolean se = dataNames[1].equals("sei");
        return build(rows, c -> {
            String label = text(c, study);
            double y = number(c, data[0]);
            double v = number(c, data[1]);
            return se ? GenericStudy.ofStandardError(label, y, v) : new GenericStudy(label, y, v);
        });
    }

    /** Makes one study from the row a cursor is on. */
    private interface RowReader<T> {
        T read(CsvTable.Cursor row);
    }

    /**
     * One study per row; large inputs are converted on every core, in chunks. The error reported is that of the
     * first unusable row in input order, whatever the scheduling.
     */
    private <T> List<T> build(int[] rows, RowReader<T> reader) {
        int n = rows.length;
        Object[] out = new Object[n];
        if (n < PARALLEL_ROWS) {
            convert(rows, 0, n, out, reader);
        } else {
            int chunks = (n + PARALLEL_ROWS - 1) / PARALLEL_ROWS;
            IntStream.range(0, chunks).parallel().forEach(c ->
                    convert(rows, c * PARALLEL_ROWS, Math.min(n, (c + 1) * PARALLEL_ROWS), out, reader));
        }
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

    private <T> void convert(int[] rows, int from, int to, Object[] out, RowReader<T> reader) {
        CsvTable.Cursor cursor = table.cursor();
        for (int i = from; i < to; i++) {
            cursor.row(rows[i]);
            try {
                out[i] = reader.read(cursor);
            } catch (InvalidStudyException e) {
                out[i] = invalid(rows[i], e);
            } catch (InputException e) {
                out[i] = e;
            }
        }
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

    private String text(CsvTable.Cursor c, int col) {
        String s = c.trimmed(col);
        if (s.isEmpty()) {
            throw new InputException(table.where(c.row(), table.header().get(col)) + ": empty cell");
        }
        return s;
    }

    private double number(CsvTable.Cursor c, int col) {
        double fast = c.plainNumber(col);
        if (!Double.isNaN(fast)) {
            return fast;
        }
        String s = text(c, col);
        if (!looksNumeric(s)) {
            throw notNumeric(c.row(), col, s);
        }
        try {
            // Jackson's parser gives the same correctly rounded value as Double.parseDouble, several times faster.
            double x = NumberInput.parseDouble(s, true);
            if (!Double.isFinite(x)) {
                throw notNumeric(c.row(), col, s);
            }
            return x;
        } catch (NumberFormatException e) {
            throw notNumeric(c.row(), col, s);
        }
    }

    private int integer(CsvTable.Cursor c, int col) {
        double x = number(c, col);
        if (x != Math.rint(x) || Math.abs(x) > Integer.MAX_VALUE) {
            throw new InputException(table.where(c.row(), table.header().get(col)) + ": expected a whole number, got '"
                    + c.trimmed(col) + "'");
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
