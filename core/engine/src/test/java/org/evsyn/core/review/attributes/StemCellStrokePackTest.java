package org.evsyn.core.review.attributes;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.evsyn.core.domain.ExtractedStudy;
import org.evsyn.core.domain.InterventionDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** The stem-cell-stroke pack: its route vocabulary on the bundled example's spellings, and how it reads a study. */
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

    @Test
    void theStageAsWrittenBecomesAStrokeStageLevelElseTheTimingGivesIt() {
        StemCellStrokePack pack = new StemCellStrokePack();

        assertThat(pack.read("stage", study(Optional.of("Sub-acute"), OptionalDouble.of(2))))
                .contains(new AttributeValue.Category("subacute"));
        assertThat(pack.read("stage", study(Optional.of("MIXED"), OptionalDouble.empty())))
                .contains(new AttributeValue.Category("mixed"));
        // Text the pack has no stage for is kept as written, for a review's own vocabulary to map.
        assertThat(pack.read("stage", study(Optional.of(" early phase "), OptionalDouble.empty())))
                .contains(new AttributeValue.Category("early phase"));
        assertThat(pack.read("stage", study(Optional.empty(), OptionalDouble.of(120))))
                .contains(new AttributeValue.Category("chronic"));
        assertThat(pack.read("stage", study(Optional.empty(), OptionalDouble.empty()))).isEmpty();
    }

    @Test
    void theAgentAndOriginAreTheCellTypeAndCellSource() {
        StemCellStrokePack pack = new StemCellStrokePack();
        ExtractedStudy s = study(Optional.empty(), OptionalDouble.empty());

        assertThat(pack.read("cell_type", s)).contains(new AttributeValue.Category("BM-MSC"));
        assertThat(pack.read("cell_source", s)).contains(new AttributeValue.Category("allogeneic"));
        assertThat(pack.attributes()).filteredOn(a -> a.name().startsWith("cell_"))
                .extracting(AttributeDef::label).containsExactly("Cell source", "Cell type");
    }

    private static ExtractedStudy study(Optional<String> stage, OptionalDouble timingDays) {
        InterventionDetails given = new InterventionDetails(Optional.of("BM-MSC"),
                Optional.of(InterventionDetails.Origin.ALLOGENEIC), Optional.of("IV"), Optional.empty(),
                OptionalDouble.empty(), Optional.empty(), timingDays);
        return new ExtractedStudy("S", ExtractedStudy.Part.CHARACTERISTICS, Optional.empty(), OptionalInt.empty(),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), given, List.of(),
                OptionalDouble.empty(), stage, OptionalDouble.empty(), List.of(), Optional.empty(), List.of(),
                List.of(), Optional.empty());
    }
}
