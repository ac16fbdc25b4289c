package org.evsyn.core.review.ranking.simulation;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** The five labelled Cohen et al. 2006 reviews in the test resources (their source in the folder's README). */
final class CohenDatasets {

    static final List<String> NAMES = List.of("NSAIDS", "UrinaryIncontinence", "Triptans", "ADHD",
            "AtypicalAntipsychotics");

    private CohenDatasets() {
    }

    static Path file(String name) {
        try {
            return Path.of(CohenDatasets.class.getResource("/screening-datasets/cohen2006_" + name + ".csv.gz")
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<LabelledRecord> read(String name, LabelLevel level) {
        return LabelledRecordsCsv.read(file(name), level);
    }
}
