package org.evsyn.cli.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * TEST DATA. A made-up review folder of two trials with one continuous outcome (NIHSS, mean difference), small
 * enough to vary field by field for hostile-input tests. The numbers are invented, not from any trial.
 */
final class SmallReview {

    static final String TRIALS_HEADER = "trial,first_author,year,registry_id,country,phase,blinding,cell_type,"
            + "cell_source,route,dose_as_printed,dose_cells_per_kg,timing_days_as_printed,stage,followup_months,"
            + "n_cell,n_control,source_ref,n_basis,notes\n";
    static final String OUTCOMES_HEADER = "trial,outcome,timepoint_days,timepoint_as_printed,arm,n,mean,sd,median,"
            + "q1,q3,events,statistic_as_printed,source_ref,table_or_page,notes\n";

    private SmallReview() {
    }

    /**
     * Writes the folder.
     *
     * @param dir   the review folder (created)
     * @param label the outcome's label in review.json (JSON-escaped here)
     * @param sd    the SD of every arm
     * @param study the first trial's name
     */
    static Path write(Path dir, String label, double sd, String study) {
        try {
            Files.createDirectories(dir.resolve("extraction"));
            Files.writeString(dir.resolve("extraction/trials.csv"), TRIALS_HEADER
                    + csv(study) + ",Smith,2020,NCT00000001,UK,2,open,MSC,autologous,IV,,,,acute,12,10,10,S1,,\n"
                    + "Jones 2021,Jones,2021,NCT00000002,UK,2,open,MSC,autologous,IV,,,,acute,12,10,10,S1,,\n");
            Files.writeString(dir.resolve("extraction/outcomes.csv"), OUTCOMES_HEADER
                    + csv(study) + ",nihss,90,d90,cell,10,5," + sd + ",,,,,,S1,T1,\n"
                    + csv(study) + ",nihss,90,d90,control,10,6," + sd + ",,,,,,S1,T1,\n"
                    + "Jones 2021,nihss,90,d90,cell,10,4," + sd + ",,,,,,S1,T1,\n"
                    + "Jones 2021,nihss,90,d90,control,10,7," + sd + ",,,,,,S1,T1,\n");
            Files.writeString(dir.resolve("review.json"), """
                    {"id": "small", "title": "Small made-up review (test data)",
                     "question": {"population": "p", "intervention": "i", "comparator": "c", "outcomes": "o"},
                     "files": {"extraction": ["extraction/trials.csv", "extraction/outcomes.csv"]},
                     "outcomes": [{"name": "nihss", "label": "%s", "direction": "lower_is_better",
                                   "measure": "MD", "timepoint": {"rule": "last"}}]}
                    """.formatted(json(label)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder with ordinary values. */
    static Path write(Path dir) {
        return write(dir, "NIH Stroke Scale", 2.5, "Smith 2020");
    }

    private static String csv(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private static String json(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
