package org.evsyn.core.review.plan;

import org.evsyn.stats.dose.DoseScale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** review.json's dose_response and adverse_events_by_organ_class: defaults, and bad values named with their path. */
class DoseAndOrganClassPlanTest {

    private static final String PLAN = """
            {"id": "demo", "title": "Demo review",
             "question": {"population": "P", "intervention": "I", "comparator": "C", "outcomes": "O"},
             "files": {"extraction": ["sheet.csv"]},
             "outcomes": [{"name": "death", "direction": "lower_is_better", "measure": "RR",
                           "timepoint": {"rule": "last"}}],
             "packs": ["stem-cell-stroke"]
             EXTRA}
            """;

    @TempDir
    Path dir;

    private final ReviewPlanReader reader = new ReviewPlanReader();

    @BeforeEach
    void sheet() throws IOException {
        Files.writeString(dir.resolve("sheet.csv"), "trial,outcome\n");
    }

    private ReviewPlan read(String extra) throws IOException {
        Files.writeString(dir.resolve("review.json"), PLAN.replace("EXTRA", extra));
        return reader.read(dir);
    }

    @Test
    void withoutTheKeysThereIsNothingToRun() throws IOException {
        ReviewPlan p = read("");
        assertThat(p.doseResponse()).isEmpty();
        assertThat(p.organClasses()).isEmpty();
    }

    @Test
    void defaultsAreAllThreeModelsFiveStudiesForTheSplineBothSourcesAndTenStudiesForTheBiasTests()
            throws IOException {
        ReviewPlan p = read(", \"dose_response\": [{\"outcome\": \"death\", \"dose\": \"dose_cells_per_kg\"}],"
                + " \"adverse_events_by_organ_class\": {}");
        DoseResponsePlan d = p.doseResponse().get(0);
        assertThat(d.models()).containsExactly(DoseScale.LINEAR, DoseScale.LOG10, DoseScale.SPLINE);
        assertThat(d.splineMinStudies()).isEqualTo(5);
        assertThat(d.referenceLines()).isEmpty();
        assertThat(p.organClasses()).contains(new OrganClassPlan(true, true, 10));
    }

    @Test
    void anUnknownModelIsNamedWithItsPath() {
        assertThatThrownBy(() -> read(", \"dose_response\": [{\"outcome\": \"death\", \"dose\": \"dose_cells_per_kg\","
                + " \"models\": [\"cubic\"]}]")).isInstanceOf(ReviewPlanException.class)
                .hasMessageContaining("dose_response[0].models").hasMessageContaining("\"cubic\"");
    }

    @Test
    void anOutcomeNotInThePlanIsNamed() {
        assertThatThrownBy(() -> read(", \"dose_response\": [{\"outcome\": \"mrs\", \"dose\": \"dose_cells_per_kg\"}]"))
                .hasMessageContaining("dose_response[0].outcome").hasMessageContaining("outcomes: death");
    }

    @Test
    void aReferenceLineNeedsANumberAndALabel() {
        assertThatThrownBy(() -> read(", \"dose_response\": [{\"outcome\": \"death\", \"dose\": \"dose_cells_per_kg\","
                + " \"reference_lines\": [{\"label\": \"ceiling\"}]}]"))
                .hasMessageContaining("dose_response[0].reference_lines[0].dose").hasMessageContaining("a number");
    }

    @Test
    void anUnknownSourceIsNamed() {
        assertThatThrownBy(() -> read(", \"adverse_events_by_organ_class\": {\"sources\": [\"papers\"]}"))
                .hasMessageContaining("adverse_events_by_organ_class.sources").hasMessageContaining("\"papers\"");
    }

    @Test
    void onlyTheRegistryWhenAsked() throws IOException {
        ReviewPlan p = read(", \"adverse_events_by_organ_class\": {\"sources\": [\"registry\"], \"bias_min_studies\": 5}");
        assertThat(p.organClasses()).contains(new OrganClassPlan(false, true, 5));
    }
}
