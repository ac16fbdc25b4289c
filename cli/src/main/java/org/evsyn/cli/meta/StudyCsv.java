package org.evsyn.cli.meta;

import org.evsyn.stats.effect.EffectMeasure;
import org.evsyn.stats.effect.Study;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The two-arm studies of a CSV file, read exactly as {@code evsyn meta} reads them (columns by header name, gzip,
 * quoting, the same one-line errors), for the other front-end commands of stats ({@code tsa}, {@code fragility}).
 */
public final class StudyCsv {

    /** Nothing to configure. */
    public StudyCsv() {
    }

    /**
     * The studies of every row, in file order.
     *
     * @param file    the file, resolved
     * @param display the file as the user named it (for messages)
     * @param measure the measure (decides the columns: binary for OR, RR, RD; continuous for MD, SMD)
     * @return one study per row
     * @throws Unreadable naming file, row and column of the first problem
     */
    public List<Study> read(Path file, String display, EffectMeasure measure) {
        try {
            CsvTable table = CsvTable.read(file, display);
            StudyColumns columns = new StudyColumns(table, measure, Optional.empty(), List.of());
            return columns.input(IntStream.range(0, table.rowCount()).toArray()).studies();
        } catch (InputException e) {
            throw new Unreadable(e.getMessage());
        }
    }

    /** A CSV file that cannot be analysed; the message names file, row and column. */
    public static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }
}
