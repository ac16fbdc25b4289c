package org.evsyn.core.review.attributes;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The stem-cell-stroke pack's route vocabulary on the spellings of the bundled example's sheet. */
class StemCellStrokePackTest {

    @Test
    void everyRouteOfTheBundledExampleIsOneLevelPerRoute() throws IOException {
        Path sheet = Path.of("..", "..", "examples", "stem-cell-stroke", "extraction", "trials.csv");
        Map<String, String> levelByRoute = new LinkedHashMap<>();
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(sheet.toFile())) {
            while (rows.hasNext()) {
                String route = rows.next().get("route");
                levelByRoute.put(route, StemCellStrokePack.ROUTES.level(route).orElse("(none)"));
            }
        }

        assertThat(levelByRoute).containsOnly(
                Map.entry("IV", "intravenous"),
                Map.entry("IA", "intra-arterial"),
                Map.entry("IA (internal carotid)", "intra-arterial"),
                Map.entry("IA (ipsilateral MCA, microcatheter in M1)", "intra-arterial"),
                Map.entry("intracerebral (stereotaxic)", "intracerebral"),
                Map.entry("intracerebral (stereotactic)", "intracerebral"));
    }

    @Test
    void spellingsFromTrialReportsMeetTheirLevel() {
        assertThat(StemCellStrokePack.ROUTES.level("Intra-arterial")).hasValue("intra-arterial");
        assertThat(StemCellStrokePack.ROUTES.level("intravenously")).hasValue("intravenous");
        assertThat(StemCellStrokePack.ROUTES.level("stereotactic (putamen)")).hasValue("intracerebral");
        assertThat(StemCellStrokePack.ROUTES.level("intranasal")).hasValue("intranasal");
        // A spelling no level has stays unmatched (the analysis keeps it as its own level and says so).
        assertThat(StemCellStrokePack.ROUTES.level("subarachnoid")).isEmpty();
    }
}
