package org.evsyn.stats.differential;

import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * A generated data set and the fits asked of it.
 *
 * @param id     unique name in the batch ({@code d00042})
 * @param family the generator that made it (for the counts and for reading a disagreement)
 * @param kind   what the rows hold
 * @param rows   the studies, in order
 * @param fits   the fits to run on it
 */
record DifferentialDataset(String id, String family, Kind kind, List<StudyRow> rows, List<FitRequest> fits) {

    /** The data type of a data set's rows, named as in the request file. */
    enum Kind {
        BINARY("binary", "study,treat_events,treat_n,ctrl_events,ctrl_n"),
        CONTINUOUS("continuous", "study,treat_n,treat_mean,treat_sd,ctrl_n,ctrl_mean,ctrl_sd"),
        GENERIC("generic", "study,yi,vi");

        private final String name;
        private final String header;

        Kind(String name, String header) {
            this.name = name;
            this.header = header;
        }

        String requestName() {
            return name;
        }

        /** The header of the conformance CSV layout for these rows. */
        String csvHeader() {
            return header;
        }
    }

    DifferentialDataset {
        Objects.requireNonNull(id, "id");
        rows = List.copyOf(rows);
        fits = List.copyOf(fits);
    }

    /** The rows in the conformance CSV layout that {@code evsyn meta --csv} reads, header included. */
    String conformanceCsv() {
        StringBuilder b = new StringBuilder(kind.csvHeader()).append('\n');
        for (StudyRow r : rows) {
            StringJoiner line = new StringJoiner(",");
            line.add(r.label());
            for (String c : r.cells()) {
                line.add(c);
            }
            b.append(line).append('\n');
        }
        return b.toString();
    }
}
