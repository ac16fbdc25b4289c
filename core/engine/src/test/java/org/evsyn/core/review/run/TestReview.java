package org.evsyn.core.review.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * TEST DATA. A made-up review folder: two trials with one continuous outcome (NIHSS, mean difference) in two
 * extraction sheets, one outcome row rejected (no arm), and a RIS export of two made-up reports as the MEDLINE search.
 * The numbers are invented, not from any trial.
 */
final class TestReview {

    private TestReview() {
    }

    static Path write(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("extraction"));
        Files.writeString(dir.resolve("extraction/trials.csv"), "trial,first_author,year,registry_id,n_cell,n_control\n"
                + "Smith 2020,Smith,2020,NCT00000001,10,10\n"
                + "Jones 2021,Jones,2021,NCT00000002,10,10\n");
        Files.writeString(dir.resolve("extraction/outcomes.csv"), "trial,outcome,timepoint_days,arm,n,mean,sd\n"
                + "Smith 2020,nihss,90,cell,10,5,2.5\n"
                + "Smith 2020,nihss,90,control,10,6,2.5\n"
                + "Jones 2021,nihss,90,cell,10,4,2.5\n"
                + "Jones 2021,nihss,90,control,10,7,2.5\n"
                + "Jones 2021,nihss,90,,10,7,2.5\n");
        Files.writeString(dir.resolve("search.ris"), ris("10.1234/made-up.1", "A made-up trial report")
                + ris("10.1234/made-up.2", "Another made-up trial report"));
        Files.writeString(dir.resolve("review.json"), """
                {"id": "small", "title": "Small made-up review (test data)",
                 "question": {"population": "p", "intervention": "i", "comparator": "c", "outcomes": "o"},
                 "sources": [{"name": "MEDLINE", "searched": "2025-01-01", "files": ["search.ris"]}],
                 "files": {"extraction": ["extraction/trials.csv", "extraction/outcomes.csv"]},
                 "outcomes": [{"name": "nihss", "label": "NIH Stroke Scale", "direction": "lower_is_better",
                               "measure": "MD", "timepoint": {"rule": "last"}}]}
                """);
        return dir;
    }

    /** One RIS record. */
    static String ris(String doi, String title) {
        return "TY  - JOUR\nTI  - " + title + "\nPY  - 2021\nDO  - " + doi + "\nER  - \n\n";
    }

    /** Adds a search source with these files to the plan. */
    static void addSource(Path review, String name, String... files) throws IOException {
        Path plan = review.resolve("review.json");
        String list = Arrays.stream(files).map(f -> "\"" + f + "\"").collect(Collectors.joining(", "));
        Files.writeString(plan, Files.readString(plan).replace("\"sources\": [", "\"sources\": [{\"name\": \""
                + name + "\", \"searched\": \"2025-02-01\", \"files\": [" + list + "]}, "));
    }
}
